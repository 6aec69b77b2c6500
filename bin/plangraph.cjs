#!/usr/bin/env node
// The `plangraph` command: runs the TypeScript CLI through tsx's loader, as `npm run cli` does.
require('tsx/cjs');
require('../src/cli/main.ts');
