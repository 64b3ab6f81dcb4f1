/**
 * A request reads the register once: `generate` carries what its first look learnt into its look
 * at the result (engine.ts, `RegisterPass`), and the panel's status after a request is that look,
 * not a third. Counted at the three steps a register of 50,000 risks pays for: which rows hold
 * risks, the method inferred from them, and the register's formula columns.
 */
import type { PanelRequest } from '../../../core/actions';
import { respond } from '../../../core/actions';
import { check, generate } from '../../../core/engine';
import * as inference from '../../../core/methodology/inference/infer-methodology';
import * as registerPlan from '../../../core/register/register-sheet-plan';
import * as registerRows from '../../../core/register/register-rows';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { GENERATED_NOW, generateRegister } from '../../support/register-generator';
import { applyPlan, NOW, REGISTER, threeRiskRegister } from './engine-fixtures';

const options = { now: NOW };

function counted(run: () => unknown): { rowReads: number; inferences: number; formulaPlans: number } {
  const rows = jest.spyOn(registerRows, 'registerRows');
  const infer = jest.spyOn(inference, 'inferMethodology');
  const plan = jest.spyOn(registerPlan, 'registerSheetPlan');
  try {
    run();
    return { rowReads: rows.mock.calls.length, inferences: infer.mock.calls.length, formulaPlans: plan.mock.calls.length };
  } finally {
    jest.restoreAllMocks();
  }
}

function recalculated(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return applyPlan(snapshot, generate(snapshot, 'recalc', options).plan);
}

describe('one analysis per request', () => {
  it('a first recalc reads the rows once, infers the method once and builds the formulas once', () => {
    const register = threeRiskRegister();
    expect(counted(() => respond(register, { kind: 'generate', action: 'recalc' }, options))).toEqual({ rowReads: 1, inferences: 1, formulaPlans: 1 });
  });

  it('so does a recalc of a register whose inferred method is still waiting for approval', () => {
    const again = recalculated(threeRiskRegister());
    expect(counted(() => respond(again, { kind: 'generate', action: 'recalc' }, options))).toEqual({ rowReads: 1, inferences: 1, formulaPlans: 1 });
  });

  it.each<PanelRequest>([
    { kind: 'generate', action: 'soa' },
    { kind: 'generate', action: 'rtp' },
    { kind: 'generate', action: 'heatmap' },
    { kind: 'adoptSheet', sheet: REGISTER },
  ])('the same holds for %j', (request) => {
    const register = recalculated(threeRiskRegister());
    expect(counted(() => respond(register, request, options)).rowReads).toBe(1);
  });

  it('a status or a check reads the rows once', () => {
    const register = recalculated(threeRiskRegister());
    expect(counted(() => respond(register, { kind: 'status' }, options)).rowReads).toBe(1);
    expect(counted(() => check(register, options)).rowReads).toBe(1);
  });

  it('the panel status after a recalc is what a fresh look at the result says', () => {
    const register = threeRiskRegister();
    const response = respond(register, { kind: 'generate', action: 'recalc' }, options);
    const fresh = respond(applyPlan(register, response.plan!), { kind: 'status' }, options);
    expect(response.outcome.ok && fresh.outcome.ok).toBe(true);
    if (response.outcome.ok && fresh.outcome.ok) expect(response.outcome.status).toEqual(fresh.outcome.status);
  });

  it('holds for a generated register of 2,000 risks with gaps, whose findings describe the result', () => {
    const { snapshot } = generateRegister({ risks: 2_000, seed: 13, gapRate: 0.1 });
    const now = { now: GENERATED_NOW };
    let result: ReturnType<typeof generate> | undefined;
    expect(counted(() => (result = generate(snapshot, 'recalc', now)))).toEqual({ rowReads: 1, inferences: 1, formulaPlans: 1 });
    expect(result!.findings).toEqual(check(applyPlan(snapshot, result!.plan), now).findings);
  });
});
