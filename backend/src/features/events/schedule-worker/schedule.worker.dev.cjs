/**
 * Worker entry when the app runs from TypeScript sources (Jest runs src/ through SWC without a
 * build, and `npm test` may run before `npm run build`). A worker thread does not inherit Jest's
 * transform, so this registers a tiny require hook that compiles `.ts` with @swc/core (a dev
 * dependency, already used by Jest) and then loads the real worker. The compiled app
 * (backend/dist, `npm start`) loads schedule.worker.js directly and never reads this file.
 */
const fs = require('node:fs');
const path = require('node:path');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};

module.exports = require(path.join(__dirname, 'schedule.worker.ts'));
