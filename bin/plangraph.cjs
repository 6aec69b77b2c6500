#!/usr/bin/env node
// The `plangraph` command (and `npm start`): the compiled CLI in dist/, rebuilt first when src/
// changed. Development and tests run the TypeScript directly instead: `npm run cli`, tsx.
const { ensureBuilt } = require('../scripts/build.cjs');

if (ensureBuilt()) require('../dist/src/cli/main.js');
else process.exitCode = 1;
