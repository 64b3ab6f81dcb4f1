/**
 * The Methodology is the team's document. A run never rewrites a cell the team typed on it, even
 * one it cannot read: it analyses with the fallback it needs, says which cell it could not use, and
 * leaves the sheet as written, so the same finding is there after every run until the team fixes it.
 *
 * ACME let Riskbook write its 5 x 5 method once (rows below as Riskbook laid them out: Medium is
 * row 38, the matrix rows 29 to 33, the scoring method B6), then edited it in its own words.
 */
import { respond } from '../../../core/actions';
import type { CellValue } from '../../../core/workbook/snapshot';
import {
  NOW, acmeMethodologyRows, acmeWorkbook, changedCells, checkFindings, checksSheetFindings, methodologyFindings, methodologyOf, recalc, rowWhere,
  typed,
} from './team-methodology-fixtures';

type Scenario = readonly [name: string, edit: (rows: CellValue[][]) => void, expected: readonly string[]];

const SCENARIOS: readonly Scenario[] = [
  [
    'a band decision in the team\'s own words ("Escalate to CISO")',
    (rows) => typed(rows, rowWhere(rows, 'Medium'), 4, 'Escalate to CISO'),
    ['methodology-band-decision@E38'],
  ],
  ['a band colour "amber-ish"', (rows) => typed(rows, rowWhere(rows, 'Medium'), 3, 'amber-ish'), ['methodology-band-colour@D38']],
  [
    'an 11-level likelihood scale',
    (rows) => {
      const extra = ['Frequent', 'Very frequent', 'Monthly', 'Weekly', 'Daily', 'Constant'].map((label, i) => [6 + i, label, '']);
      rows.splice(rowWhere(rows, 5) + 1, 0, ...extra);
    },
    ['methodology-scale-size@A11'],
  ],
  ['a band minimum typed as "five"', (rows) => typed(rows, rowWhere(rows, 'Medium'), 1, 'five'), ['methodology-invalid-value@B38']],
  [
    'a lookup matrix with a hole (likelihood 3, impact 3)',
    (rows) => {
      typed(rows, rowWhere(rows, 'Scoring method'), 1, 'Lookup matrix');
      typed(rows, rowWhere(rows, '3 - Possible'), 3, null);
    },
    ['methodology-matrix-incomplete@D31'],
  ],
  [
    'the scoring method "Sum (L+I)", with a matrix of sums the team typed to match',
    (rows) => {
      typed(rows, rowWhere(rows, 'Scoring method'), 1, 'Sum (L+I)');
      const first = rowWhere(rows, '1 - Rare');
      for (let l = 1; l <= 5; l++) for (let i = 1; i <= 5; i++) typed(rows, first + l - 1, i, l + i);
    },
    // The method falls back to Likelihood x Impact, so the sums are also reported cell by cell.
    ['methodology-invalid-value@B6', 'methodology-matrix-mismatch@B30', 'methodology-matrix-mismatch@F33'],
  ],
  [
    'notes beside the tables and below them',
    (rows) => {
      typed(rows, rowWhere(rows, 1), 3, 'Based on our 2023 incident data');
      typed(rows, rowWhere(rows, '3 - Possible'), 7, 'Board asked to review this row');
      typed(rows, rowWhere(rows, 'Medium'), 5, 'Agreed with the CFO, May 2025');
      rows.push([], ['Approved by the ISMS committee on 2025-02-01.', null, 'Minutes ref. ISMS-2025-02']);
    },
    [],
  ],
];

describe.each(SCENARIOS)('ACME\'s Methodology with %s', (_name, edit, expected) => {
  const rows = acmeMethodologyRows();
  edit(rows);
  const input = acmeWorkbook(rows);
  const before = checkFindings(input);
  const first = recalc(input);
  const second = recalc(first.after);

  it('keeps every cell the team typed, value and formula, through two runs', () => {
    expect(changedCells(methodologyOf(input), methodologyOf(first.after))).toEqual([]);
    expect(changedCells(methodologyOf(input), methodologyOf(second.after))).toEqual([]);
  });

  it('writes the Methodology as an update, never as a new sheet', () => {
    expect(first.result.plan.sheets.find((s) => s.name === 'Methodology')?.mode).toBe('update');
  });

  it('reports each problem at the cell that holds it', () => {
    expect(before).toEqual(expect.arrayContaining([...expected]));
    if (expected.length === 0) expect(before).toEqual([]);
  });

  it('reports the same problems after the run: in its result, on a fresh check, on the Checks sheet, after a second run', () => {
    expect(methodologyFindings(first.result.findings)).toEqual(before);
    expect(checkFindings(first.after)).toEqual(before);
    expect([...checksSheetFindings(first.after)].sort()).toEqual([...before].sort());
    expect(methodologyFindings(second.result.findings)).toEqual(before);
    expect(checkFindings(second.after)).toEqual(before);
  });

  it('reports them in the panel after "Recalculate & check"', () => {
    const outcome = respond(input, { kind: 'generate', action: 'recalc' }, { now: NOW }).outcome;
    if (!outcome.ok) throw new Error(outcome.message);
    expect(methodologyFindings(outcome.status.findings)).toEqual(before);
  });
});
