/**
 * A person edits the method in the panel and saves it: they handed Riskbook those values, so it
 * writes the method's tables with them, where the team's tables are. Text around the tables stays:
 * a line above the settings, notes beside a scale, the matrix and the bands, rows under Notes.
 */
import { respond } from '../../../core/actions';
import { presetMethodology } from '../../../core/methodology/presets';
import { readMethodology } from '../../../core/methodology/read-methodology';
import type { Methodology } from '../../../core/methodology/types';
import { NAMES } from '../../../core/workbook/names';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { parseStampLine } from '../../../core/workbook/stamp';
import { applyPlan } from '../engine/engine-fixtures';
import {
  NOW, acmeMethodologyRows, acmeWorkbook, changedCells, checkFindings, methodologyOf, namedRange, recalc, rowWhere, typed,
} from './team-methodology-fixtures';

const OWNER = 'Owner: the CISO. Reviewed every January.';
const WHY_LIKELIHOOD = 'Based on our 2023 incident data';
const MATRIX_NOTE = 'Board asked to review this row';
const BAND_NOTE = 'Agreed with the CFO, May 2025';
const APPROVED = 'Approved by the ISMS committee on 2025-02-01.';

/** ACME's stamped 5 x 5 with the team's notes: A3, D13, H31 (or G31), F38 and two rows under Notes. */
function annotated(matrixNoteCol = 7): WorkbookSnapshot {
  const rows = acmeMethodologyRows();
  typed(rows, 2, 0, OWNER);
  typed(rows, rowWhere(rows, 1), 3, WHY_LIKELIHOOD);
  typed(rows, rowWhere(rows, '3 - Possible'), matrixNoteCol, MATRIX_NOTE);
  typed(rows, rowWhere(rows, 'Medium'), 5, BAND_NOTE);
  rows.push([APPROVED, null, 'Minutes ref. ISMS-2025-02'], ['Next review: January 2026']);
  return acmeWorkbook(rows);
}

function save(input: WorkbookSnapshot, m: Methodology): WorkbookSnapshot {
  const response = respond(input, { kind: 'saveMethodology', methodology: m }, { now: NOW });
  if (!response.outcome.ok || !response.plan) throw new Error(response.outcome.ok ? 'no plan' : response.outcome.message);
  return applyPlan(input, response.plan);
}

function rows(snapshot: WorkbookSnapshot): readonly (readonly CellValue[])[] {
  return methodologyOf(snapshot).values;
}

/** The first sheet row whose column A holds `text`. */
function rowOf(snapshot: WorkbookSnapshot, text: CellValue): readonly CellValue[] {
  const row = rows(snapshot).find((r) => r[0] === text);
  if (!row) throw new Error(`no row ${String(text)}`);
  return row;
}

const base = (): Methodology => presetMethodology('5x5');

describe('saving edited values over ACME\'s annotated Methodology', () => {
  const m: Methodology = {
    ...base(),
    version: '2.0',
    likelihood: base().likelihood.map((l) => (l.value === 5 ? { ...l, label: 'Very likely' } : l)),
    bands: base().bands.map((b) => (b.name === 'Medium' ? { ...b, colour: '#FFD966' } : b)),
  };
  const input = annotated();
  const after = save(input, m);

  it('writes the values into the team\'s tables, which read back as saved', () => {
    expect(readMethodology(after)).toEqual({ methodology: m, findings: [], found: true });
    expect(rows(after)[4]).toEqual(['Version', '2.0']);
    expect(rowOf(after, 5)[1]).toBe('Very likely');
    expect(rowOf(after, '5 - Very likely')[5]).toBe(25);
  });

  it('keeps every note at its cell', () => {
    const sheet = rows(after);
    expect(sheet[2]?.[0]).toBe(OWNER);
    expect(sheet[12]?.[3]).toBe(WHY_LIKELIHOOD);
    expect(sheet[30]?.[7]).toBe(MATRIX_NOTE);
    expect(sheet[37]?.[5]).toBe(BAND_NOTE);
    const notes = sheet.findIndex((r) => r[0] === 'Notes');
    expect(notes).toBe(input.sheets.find((x) => x.name === 'Methodology')!.values.findIndex((r) => r[0] === 'Notes'));
    expect(sheet.slice(notes + 1, notes + 3)).toEqual([[APPROVED, null, 'Minutes ref. ISMS-2025-02'], ['Next review: January 2026']]);
  });

  it('changes no cell outside the method\'s tables', () => {
    const changed = changedCells(methodologyOf(input), methodologyOf(after)).map((c) => c.split(':')[0]);
    // Version, the label of likelihood 5 on the scale and in the matrix, Medium's colour.
    expect(changed.sort()).toEqual(['A33', 'B17', 'B5', 'D38']);
  });

  it('leaves one stamp line, with the register\'s hash, that the next run refreshes in place', () => {
    const stamps = rows(after).flatMap((r, i) => r.map((v, c) => (typeof v === 'string' && parseStampLine(v) ? [i, c, parseStampLine(v)!.registerHash] : null)).filter((x) => x !== null));
    expect(stamps).toHaveLength(1);
    expect(stamps[0]!.slice(0, 2)).toEqual([1, 0]);
    expect(stamps[0]![2]).not.toBe('');
    const again = recalc(after).after;
    expect(changedCells(methodologyOf(after), methodologyOf(again))).toEqual([]);
  });
});

describe('saving a sixth likelihood level', () => {
  const levels = [...base().likelihood, { value: 6, label: 'Constant', description: 'Happens every week.' }];
  const m: Methodology = {
    ...base(),
    likelihood: levels,
    matrix: levels.map((l) => base().impact.map((i) => l.value * i.value)),
    bands: base().bands.map((b) => (b.name === 'High' ? { ...b, max: 30 } : b)),
  };
  const after = save(annotated(), m);

  it('grows the scale and the matrix in place and reads back as saved', () => {
    expect(readMethodology(after)).toEqual({ methodology: m, findings: [], found: true });
    // The scale gains a row above the matrix, the matrix a row above the bands.
    expect(namedRange(after, NAMES.scoreMatrix)).toBe('B30:F35');
    expect(namedRange(after, NAMES.bandMins)).toBe('B39:B41');
  });

  it('keeps each note beside its row, and the notes below move down with the tables', () => {
    expect(rowOf(after, 1)[3]).toBe(WHY_LIKELIHOOD);
    expect(rowOf(after, '3 - Possible')[7]).toBe(MATRIX_NOTE);
    expect(rowOf(after, 'Medium')[5]).toBe(BAND_NOTE);
    expect(rows(after)[2]?.[0]).toBe(OWNER);
    const notes = rows(after).findIndex((r) => r[0] === 'Notes');
    expect(rows(after).slice(notes + 1, notes + 3)).toEqual([[APPROVED, null, 'Minutes ref. ISMS-2025-02'], ['Next review: January 2026']]);
    // Two rows further down than before: a likelihood level, and its row of the matrix.
    expect(notes).toBe(rows(annotated()).findIndex((r) => r[0] === 'Notes') + 2);
  });
});

describe('saving a sixth impact level, with a note right beside the matrix', () => {
  const impact = [...base().impact, { value: 6, label: 'Catastrophic', description: 'The company may not survive it.' }];
  const m: Methodology = {
    ...base(),
    impact,
    matrix: base().likelihood.map((l) => impact.map((i) => l.value * i.value)),
    bands: base().bands.map((b) => (b.name === 'High' ? { ...b, max: 30 } : b)),
  };
  const after = save(annotated(6), m);

  it('widens the matrix and moves the note right, never over it', () => {
    expect(readMethodology(after)).toEqual({ methodology: m, findings: [], found: true });
    const row = rowOf(after, '3 - Possible');
    expect(row[6]).toBe(18);
    expect(row[7]).toBe(MATRIX_NOTE);
    // The impact scale gained a row above it.
    expect(namedRange(after, NAMES.scoreMatrix)).toBe('B30:G34');
  });
});

describe('saving over a Methodology with a problem', () => {
  it('writes the person\'s value over the cell, and the problem is gone', () => {
    const input = annotated();
    const sheet = methodologyOf(input);
    const values = sheet.values.map((r) => [...r]);
    typed(values, 37, 1, 'five');
    const broken = { sheets: input.sheets.map((s) => (s === sheet ? { ...s, values } : s)) };
    expect(checkFindings(broken)).toEqual(['methodology-invalid-value@B38']);
    const after = save(broken, base());
    expect(rows(after)[37]?.slice(0, 2)).toEqual(['Medium', 5]);
    expect(rows(after)[37]?.[5]).toBe(BAND_NOTE);
    expect(checkFindings(after)).toEqual([]);
  });
});

describe('saving over a note typed into an empty cell of the matrix', () => {
  it('writes the score there and keeps the note below the tables, saying where it was', () => {
    const input = annotated();
    const sheet = methodologyOf(input);
    const values = sheet.values.map((r) => [...r]);
    const row = rowWhere(values, '3 - Possible');
    typed(values, row, 5, 'ask Priya');
    const noted = { sheets: input.sheets.map((s) => (s === sheet ? { ...s, values } : s)) };
    const after = save(noted, base());
    expect(rows(after)[row]?.[5]).toBe(15);
    const kept = rows(after).find((r) => r[0] === 'ask Priya');
    expect(kept?.[1]).toBe(`Kept from F${row + 1}, in the score matrix, when the method was saved`);
    expect(rows(after).some((r) => r[0] === APPROVED)).toBe(true);
    expect(checkFindings(after)).toEqual([]);
  });
});

describe('saving the same method with notes right beside the matrix header and a matrix row', () => {
  const HEADER_NOTE = 'Matrix agreed at the 2025 review';
  function besideMatrix(): WorkbookSnapshot {
    const rows = acmeMethodologyRows();
    const header = rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Likelihood (rows)'));
    typed(rows, header, 6, HEADER_NOTE);
    typed(rows, rowWhere(rows, '3 - Possible'), 6, MATRIX_NOTE);
    return acmeWorkbook(rows);
  }

  it('keeps both notes where they were: the matrix ends at its last impact level, not at the note', () => {
    const input = besideMatrix();
    const after = save(input, base());
    expect(rows(after).find((r) => typeof r[0] === 'string' && r[0].startsWith('Likelihood (rows)'))?.[6]).toBe(HEADER_NOTE);
    expect(rowOf(after, '3 - Possible')[6]).toBe(MATRIX_NOTE);
  });
});
