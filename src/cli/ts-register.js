// Lets `node -r ./src/cli/ts-register.js scripts/<x>.ts` run the TypeScript sources as they
// are, compiled per file by SWC with the same options as the tests (decorator metadata on,
// which TypeGraphQL needs): the CLI starts in a second instead of after a full build.
'use strict';
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');

require('reflect-metadata');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
