#!/usr/bin/env node
/**
 * `npm run demo`: the main job on the bundled example. Builds the command, runs
 * `riskbook recalc` on examples/acme-saas-register.xlsx and writes out/acme-saas-register.riskbook.xlsx.
 *
 * The example is seeded with mistakes an auditor would catch, so `recalc` reports error findings
 * and exits 1; for the demo that is the expected outcome, not a failure. Exit 2 (unusable input)
 * or a crash still fails the demo.
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const run = (args) => spawnSync(node, args, { cwd: root, stdio: 'inherit' }).status;

if (run(['scripts/build-cli.mjs', '--quiet']) !== 0) process.exit(1);
const input = 'examples/acme-saas-register.xlsx';
const output = 'out/acme-saas-register.riskbook.xlsx';
console.log(`$ riskbook recalc ${input} --out ${output}\n`);
const code = run(['bin/riskbook.js', 'recalc', input, '--out', output]);
if (code !== 0 && code !== 1) process.exit(code ?? 1);
console.log(`
Open ${output} in Excel, LibreOffice or Google Sheets: the register now scores every risk with
live formulas, and the Statement of Applicability, Risk Treatment Plan, Heatmap, Dashboard,
Control view, Maturity and Checks sheets sit beside it. The errors above are mistakes seeded in the example (see examples/README.md).
Next: npx riskbook check ${output}    npm run render -- ${output}    (PNG pages of every sheet)`);
