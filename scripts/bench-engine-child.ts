/** Run by bench-engine.ts under --trace-gc: one recalc, marked where it starts and ends. */
import { generate } from '../core/engine';
import { GENERATED_NOW, generateRegister } from '../tests/support/register-generator';

const risks = Number(process.argv[2]);
const { snapshot } = generateRegister({ risks, seed: 2026, gapRate: 0.05 });
(globalThis as { gc?: () => void }).gc?.();
console.log(`engine-start ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)}`);
const result = generate(snapshot, 'recalc', { now: GENERATED_NOW });
console.log(`engine-end ${result.findings.length}`);
