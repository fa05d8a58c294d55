#!/usr/bin/env node
'use strict';
// Writes src/core/policy/profiles/loaded.json: the shipped policy profiles as the schema parses them
// (amounts in fen, defaults filled in). The product reads built-in profiles from that file, so a start
// with a built-in profile needs no zod; test/core/policy/profiles.test.ts fails when it is out of date.
// Run with `npm run profiles` (builds the CLI first) after editing a profile in src/core/policy/profiles.
const fs = require('fs');
const path = require('path');
const { parseShippedProfiles } = require('../dist/cli/core/policy/profiles.js');

const out = path.join(__dirname, '..', 'src', 'core', 'policy', 'profiles', 'loaded.json');
fs.writeFileSync(out, JSON.stringify(parseShippedProfiles(), null, 2) + '\n');
process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
