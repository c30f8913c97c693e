// Runs the TypeScript benchmarks through swc (as the tests do) rather than a development loader,
// so the figures measure our code and not the loader's debugging helpers.
const fs = require('node:fs');
const swc = require('@swc/core');

require.extensions['.ts'] = function compile(module, filename) {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
