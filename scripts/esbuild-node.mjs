/**
 * How Riskbook's code is bundled for Node: the `riskbook` command (build-cli.mjs) and the
 * benchmarks (build-bench.mjs), so the bench measures the engine as the command runs it.
 */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild turns /\p{L}/u literals into `new RegExp(…)` for every Node target; Node has had
  // Unicode property escapes since 10, and a literal inside a function is not rebuilt per call.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
};
