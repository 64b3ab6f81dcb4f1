#!/usr/bin/env node
/**
 * Bundles the `riskbook` command into dist/cli/riskbook.js (CommonJS, Node 20) with esbuild.
 * Dependencies (exceljs, commander, zod) stay external: npm installs them beside the package.
 *
 *   node scripts/build-cli.mjs [--outfile FILE] [--quiet]
 */
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const outfile = resolve(root, argValue('--outfile') ?? 'dist/cli/riskbook.js');
const quiet = process.argv.includes('--quiet');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild turns /\p{L}/u literals into `new RegExp(…)` for every Node target; Node has had
  // Unicode property escapes since 10, and a literal inside a function is not rebuilt per call.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: quiet ? 'error' : 'warning',
};

const started = Date.now();
try {
  await build({
    ...common,
    entryPoints: [resolve(root, 'cli/main.ts')],
    outfile,
  });
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}
if (!quiet) console.log(`built ${outfile.slice(root.length + 1)} in ${Date.now() - started} ms`);
