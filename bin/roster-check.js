#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled from src/cli into dist/cli by `npm run build:cli`.
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'dist', 'cli', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('roster-check: not built yet, run `npm run build:cli` first\n');
  process.exit(2);
}
require(entry).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
