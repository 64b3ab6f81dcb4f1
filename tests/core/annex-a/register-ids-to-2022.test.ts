/**
 * Moving the register's 2013 control ids to 2022, on request: each 2013 id in a Controls cell is
 * replaced by its 2022 successors, every other character of the cell stays as typed, and the
 * cell's old text goes into its note. A cell that cites no 2013 id is never written.
 */
import * as fc from 'fast-check';
import { ANNEX_A_CATALOGUE } from '../../../core/annex-a/catalogue';
import { controlReferenceSpans } from '../../../core/annex-a/control-list';
import { originalTextNote, registerIdsPlan, textWith2022Ids } from '../../../core/annex-a/register-ids-to-2022';
import { respond } from '../../../core/actions';
import { check } from '../../../core/engine';
import { registerIdsTo2022 } from '../../../core/move-register-ids';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { NOW, REGISTER, applyPlan, sheet, threeRiskRegister, typeInto } from '../engine/engine-fixtures';

const moved = (text: string): string | null => textWith2022Ids(text, ANNEX_A_CATALOGUE);

describe('a Controls cell moved to 2022 ids', () => {
  it.each([
    ['one 2013 id', 'A.12.6.1', 'A.8.8'],
    ['an id typed without its prefix', '12.4.1', '8.15'],
    ['ids in a list, separators kept', 'A.9.2.3; A.12.4.1', 'A.8.2; A.8.15'],
    ['one id per line', 'A.9.2.3\nA.12.6.1', 'A.8.2\nA.8.8'],
    ['words around the ids', 'Control A.12.6.1 (patching) and A.9.2.3 per policy', 'Control A.8.8 (patching) and A.8.2 per policy'],
    ['the 2013 title after the id, kept', 'A.12.4.1 Event logging', 'A.8.15 Event logging'],
    ['a range of 2013 ids, one successor each', 'A.12.4.1 to A.12.4.4', 'A.8.15, A.8.17'],
    ['a range whose ids all became one control', 'A.12.4.1-A.12.4.3', 'A.8.15'],
    ['a German range word', 'A.12.4.1 bis A.12.4.3', 'A.8.15'],
  ])('%s: "%s" becomes "%s"', (_case, before, after) => {
    expect(moved(before)).toBe(after);
  });

  it('writes both successors of a 2013 id that became two controls, joined as the cell joins its ids', () => {
    expect(moved('A.18.2.3')).toBe('A.5.36, A.8.8');
    expect(moved('A.9.2.3; A.18.2.3')).toBe('A.8.2; A.5.36; A.8.8');
    expect(moved('A.9.2.3\nA.18.2.3')).toBe('A.8.2\nA.5.36\nA.8.8');
  });

  it('leaves the 2022 ids of a cell that mixes both editions as they are', () => {
    expect(moved('5.17, A.12.6.1, 8.16')).toBe('5.17, A.8.8, 8.16');
  });

  it('keeps a clause of ISO/IEC 27001 cited beside the ids', () => {
    expect(moved('Clause 9.2, A.12.6.1')).toBe('Clause 9.2, A.8.8');
  });

  it('reads 6.1.3 as the 2013 control beside other 2013 ids, and moves it', () => {
    expect(moved('A.6.1.3, A.12.6.1')).toBe('A.5.5, A.8.8');
  });

  it('never touches a cell that cites no 2013 id', () => {
    for (const text of ['5.17, 8.5', 'Clause 6.1.3', 'Monthly patching', 'N/A', '', 'ACME-01', 'A.8', 'Secure authentication']) {
      expect(moved(text)).toBeNull();
    }
  });

  it('says where each id stands in the cell, every occurrence apart', () => {
    const spans = controlReferenceSpans('A.12.4.1, x A.12.4.1', ANNEX_A_CATALOGUE);
    expect(spans.map((s) => [s.start, s.end, s.prefix])).toEqual([
      [2, 8, 'A.'],
      [14, 20, 'A.'],
    ]);
    expect(moved('A.12.4.1, x A.12.4.1')).toBe('A.8.15, x A.8.15');
  });
});

/** What a typed cell is made of: words, separators and ids, the way teams mix them. */
const pieces = fc.array(
  fc.oneof(
    fc.constantFrom('A.12.6.1', 'A.9.2.3', '12.4.1', 'A.18.2.3', 'A.5.1.1'),
    fc.constantFrom('5.17', '8.16', 'Clause 9.2', 'ACME-01', 'Monthly patching', 'see policy', '(', ')'),
    fc.constantFrom(', ', '; ', '\n', ' and ', ' '),
  ),
  { minLength: 1, maxLength: 8 },
);

describe('every character that is not a 2013 id stays as typed', () => {
  it('holds for any mix of ids, words and separators', () => {
    fc.assert(
      fc.property(pieces, (parts) => {
        const text = parts.join('');
        const after = moved(text);
        const spans = controlReferenceSpans(text, ANNEX_A_CATALOGUE).filter((s) => s.citations.length > 0 && s.citations.every((c) => c.kind === 'annex-a-2013'));
        if (spans.length === 0) return after === null;
        // Cut out the 2013 ids: what is left must appear in the result, in order and untouched.
        let pos = 0;
        let found = 0;
        for (const s of [...spans, { start: text.length, end: text.length }]) {
          const kept = text.slice(pos, s.start);
          const at = after!.indexOf(kept, found);
          if (at < 0) return false;
          found = at + kept.length;
          pos = s.end;
        }
        // And no 2013 id is left behind.
        return controlReferenceSpans(after!, ANNEX_A_CATALOGUE).every((s) => s.citations.every((c) => c.kind !== 'annex-a-2013'));
      }),
      { numRuns: 300 },
    );
  });
});

/** The three-risk register with these Controls cells (column H), one per risk. */
function registerCiting(controls: readonly CellValue[]): WorkbookSnapshot {
  let snapshot = threeRiskRegister();
  controls.forEach((value, i) => {
    snapshot = typeInto(snapshot, REGISTER, 3 + i, 7, value);
  });
  return snapshot;
}

describe('the plan for a register', () => {
  const snapshot = registerCiting(['A.12.6.1, 5.17', '8.1; A.8.24', 'A.9.2.3']);
  const result = registerIdsTo2022(snapshot, { now: NOW });
  const register = result.plan.sheets.find((s) => s.name === REGISTER)!;

  it('writes only the Controls cells that cite 2013 ids, with their old text in a note', () => {
    expect(register.mode).toBe('update');
    expect(register.writes).toEqual([{ at: 'H4', cells: [['A.8.8, 5.17'], [null], ['A.8.2']] }]);
    expect(register.notes).toEqual([
      { cell: 'H4', text: 'Before the move to Annex A 2022 (Riskbook, 2026-11-23): A.12.6.1, 5.17' },
      { cell: 'H6', text: 'Before the move to Annex A 2022 (Riskbook, 2026-11-23): A.9.2.3' },
    ]);
    expect(register.formats).toEqual([]);
    expect(register.validations).toEqual([]);
  });

  it('says how many cells moved, and records the move in the change log', () => {
    expect(result.moved).toBe(2);
    expect(result.changes).toEqual([`2 control cells moved from 2013 to 2022 numbering on "${REGISTER}"; the original text is in each cell's note`]);
    expect(result.plan.sheets.map((s) => s.role ?? s.name)).toEqual([REGISTER, 'changeLog']);
  });

  it('leaves a register with no 2013 id answered by findings that no longer mention one', () => {
    const after = applyPlan(snapshot, result.plan);
    expect(check(snapshot, { now: NOW }).findings.filter((f) => f.code === 'control-2013-id')).toHaveLength(2);
    expect(check(after, { now: NOW }).findings.filter((f) => f.code === 'control-2013-id')).toEqual([]);
    expect(result.findings.filter((f) => f.code === 'control-2013-id')).toEqual([]);
    expect(sheet(after, REGISTER).notes).toEqual(register.notes);
  });

  it('changes nothing in a register that cites no 2013 id', () => {
    const none = registerIdsTo2022(threeRiskRegister(), { now: NOW });
    expect(none.plan.sheets).toEqual([]);
    expect(none.moved).toBe(0);
    expect(none.usable).toBe(true);
    expect(none.changes[0]).toMatch(/^No control cell on "Risk register" cites a 2013 id/);
  });

  it('leaves a cell whose 2013 ids come from a formula, and says so', () => {
    const withFormula = registerCiting(['A.12.6.1']);
    const s = withFormula.sheets[0]!;
    const formulas = s.values.map((row) => row.map((): string | null => null));
    formulas[3]![7] = '="A.12.6.1"';
    const r = registerIdsTo2022({ sheets: [{ ...s, formulas }] }, { now: NOW });
    expect(r.moved).toBe(0);
    expect(r.plan.sheets).toEqual([]);
    expect(r.changes).toContain('1 control cell citing 2013 ids hold formulas and were left as they are');
  });

  it('is no register at all where none is found', () => {
    const r = registerIdsTo2022({ sheets: [{ name: 'Notes', values: [['hello']] }] }, { now: NOW });
    expect(r.usable).toBe(false);
    expect(r.plan.sheets).toEqual([]);
  });
});

describe('registerIdsPlan', () => {
  it('writes one block down the column and a note per rewritten cell', () => {
    const s = { name: 'R', values: [['Controls'], ['A.12.6.1'], [null], ['5.17'], [42], ['A.9.2.3 and 8.16']] };
    const p = registerIdsPlan({ sheet: s, col: 0, rows: [1, 2, 3, 4, 5], catalogue: ANNEX_A_CATALOGUE, date: '2026-01-02' });
    expect(p.moved).toBe(2);
    expect(p.plan.writes).toEqual([{ at: 'A2', cells: [['A.8.8'], [null], [null], [null], ['A.8.2 and 8.16']] }]);
    expect(p.plan.notes).toEqual([
      { cell: 'A2', text: originalTextNote('A.12.6.1', '2026-01-02') },
      { cell: 'A6', text: originalTextNote('A.9.2.3 and 8.16', '2026-01-02') },
    ]);
  });
});

describe('the panel request', () => {
  it('answers with the plan and the change lines', () => {
    const response = respond(registerCiting(['A.12.6.1']), { kind: 'registerIdsTo2022' }, { now: NOW });
    expect(response.outcome).toMatchObject({ ok: true, title: 'Control ids moved to Annex A 2022' });
    expect(response.plan?.sheets[0]?.notes).toHaveLength(1);
  });

  it('changes nothing and says so when no cell cites a 2013 id', () => {
    const response = respond(threeRiskRegister(), { kind: 'registerIdsTo2022' }, { now: NOW });
    expect(response.plan).toBeNull();
    expect(response.outcome.ok).toBe(true);
  });

  it('is refused without a register', () => {
    const response = respond({ sheets: [{ name: 'Notes', values: [['hello']] }] }, { kind: 'registerIdsTo2022' }, { now: NOW });
    expect(response.outcome.ok).toBe(false);
  });
});
