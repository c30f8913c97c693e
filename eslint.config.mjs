import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'test/fixtures/', 'samples/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The engine is pure: no host, no UI, no file system.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['fs', 'fs/*', 'node:*', 'path', 'os', 'child_process'], message: 'src/core is pure: no file or process I/O.' },
          { group: ['react', 'react-dom', '@fluentui/*', 'exceljs', '../excel/*', '../xlsx/*', '../../excel/*', '../../xlsx/*'], message: 'src/core imports nothing from Office, React or file adapters.' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'Excel', message: 'Excel.* belongs in src/excel.' }, { name: 'Office', message: 'Office.* belongs in src/excel.' }, { name: 'document', message: 'No DOM in src/core.' }, { name: 'window', message: 'No DOM in src/core.' }],
    },
  },
);
