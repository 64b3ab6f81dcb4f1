#!/usr/bin/env node
/**
 * Bundles the benchmarks into dist/bench/ as the `riskbook` command is bundled (esbuild-node.mjs):
 * run through tsx instead, each module would be compiled with esbuild's defaults, which rebuild
 * every Unicode pattern on each call, and the bench would time an engine no host runs.
 *
 *   node scripts/build-bench.mjs
 */
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_BUNDLE } from './esbuild-node.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

try {
  await build({
    ...NODE_BUNDLE,
    entryPoints: [resolve(root, 'scripts/bench.ts'), resolve(root, 'scripts/bench-engine-child.ts')],
    outdir: resolve(root, 'dist/bench'),
    logLevel: 'error',
  });
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}
