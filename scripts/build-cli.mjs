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
import { NODE_BUNDLE } from './esbuild-node.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const outfile = resolve(root, argValue('--outfile') ?? 'dist/cli/riskbook.js');
const quiet = process.argv.includes('--quiet');

const common = { ...NODE_BUNDLE, logLevel: quiet ? 'error' : 'warning' };

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
