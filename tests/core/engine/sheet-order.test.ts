/**
 * The order a person finds the sheets in after a recalculation: the team's own first, as they
 * were, then Riskbook's in one fixed order, the internal ones last. Pinned whole, so swapping any
 * two is caught.
 */
import { generate } from '../../../core/engine';
import { NOW, LATER, REGISTER, applyPlan, threeRiskRegister } from './engine-fixtures';

const RISKBOOK_ORDER = [
  'Methodology',
  'Risk Treatment Plan',
  'Statement of Applicability',
  'Control view',
  'Heatmap',
  'Dashboard',
  'Maturity',
  'Checks',
  'Opportunities',
  'Change log',
  'Controls',
  'Riskbook lists',
  'Riskbook',
  'Riskbook trail',
];

describe('sheet order after recalc', () => {
  it('is the register, then every Riskbook sheet in its fixed order', () => {
    const before = threeRiskRegister();
    const after = applyPlan(before, generate(before, 'recalc', { now: NOW }).plan);
    expect(after.sheets.map((s) => s.name)).toEqual([REGISTER, ...RISKBOOK_ORDER]);
  });

  it('puts a person\'s shuffled sheets back only where they are Riskbook\'s, and keeps the team\'s first', () => {
    const first = applyPlan(threeRiskRegister(), generate(threeRiskRegister(), 'recalc', { now: NOW }).plan);
    const notes = { name: 'Board notes', values: [['Minutes']] };
    const shuffled = { ...first, sheets: [first.sheets[5]!, notes, ...first.sheets.filter((_, i) => i !== 5).reverse()] };
    const after = applyPlan(shuffled, generate(shuffled, 'recalc', { now: LATER }).plan);
    expect(after.sheets.map((s) => s.name)).toEqual(['Board notes', REGISTER, ...RISKBOOK_ORDER]);
  });
});
