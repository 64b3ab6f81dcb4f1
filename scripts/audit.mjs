#!/usr/bin/env node
/**
 * `npm run audit`: npm audit of the dependencies Riskbook ships (--omit=dev), failing only on a
 * real high or critical advisory. A registry that cannot answer (offline, a mirror without the
 * audit endpoint, a 5xx) is a warning, not a failure: CI must not go red for network weather.
 *
 *   exit 0  no high or critical advisory, or the audit could not run (said on stderr)
 *   exit 1  at least one high or critical advisory in a shipped dependency (listed)
 *
 *   node scripts/audit.mjs --report FILE   judges a saved `npm audit --json` report instead
 *
 * docs/security.md, "Dependencies", says what was last reported.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const saved = process.argv[2] === '--report' ? process.argv[3] : undefined;
const run = saved
  ? { stdout: readFileSync(saved, 'utf8'), stderr: '' }
  : spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120000 });
let report = null;
try {
  report = JSON.parse(run.stdout || 'null');
} catch {
  report = null;
}

const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why = report?.message ?? report?.error?.summary ?? run.error?.message ?? (run.stderr || '').trim().split('\n').pop() ?? 'no answer';
  console.warn(`npm audit: WARNING: the audit could not run (${why}); not counted as a failure.`);
  process.exit(0);
}

const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => v.severity === 'high' || v.severity === 'critical');
const total = Object.entries(counts).filter(([k]) => k !== 'total').map(([k, n]) => `${n} ${k}`).join(', ');
console.log(`npm audit (shipped dependencies): ${total}`);
if (serious.length === 0) {
  console.log('npm audit: no high or critical advisory in shipped dependencies.');
  process.exit(0);
}
for (const v of serious) {
  const via = (v.via ?? []).map((x) => (typeof x === 'string' ? x : `${x.title ?? x.source} ${x.url ?? ''}`.trim())).join('; ');
  console.log(`  ${v.severity.padEnd(8)} ${v.name} ${v.range ?? ''}${v.fixAvailable ? ' (fix available)' : ''}: ${via}`);
}
console.log(`npm audit: ${serious.length} high or critical advisor${serious.length === 1 ? 'y' : 'ies'} in shipped dependencies.`);
process.exit(1);
