#!/usr/bin/env node
'use strict';
// Launcher for the bundled command (built by scripts/build-cli.mjs; `npm ci` runs it via prepare).
const path = require('path');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'riskbook.js');
try {
  require.resolve(bundle);
} catch {
  process.stderr.write('riskbook: the command is not built; run `npm run build:cli` first\n');
  process.exit(2);
}
require(bundle);
