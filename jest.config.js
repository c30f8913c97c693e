/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // A ceiling against a hung test, not a speed check: CI is a loaded 2-core machine, where a test
  // that reads and writes real workbooks can take several times its usual time.
  testTimeout: 120_000,
  setupFilesAfterEnv: ['<rootDir>/test/helpers/jestSetup.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
    ],
  },
};
