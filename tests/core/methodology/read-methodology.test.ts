import { readMethodology } from '../../../core/methodology/read-methodology';
import { DEFAULT_METHODOLOGY, presetMethodology } from '../../../core/methodology/presets';
import type { CellValue } from '../../../core/workbook/snapshot';
import { rowWhere, rowsOf, sheetOf, workbookWith } from './methodology-fixtures';

function defaultRows(): CellValue[][] {
  return rowsOf(workbookWith(DEFAULT_METHODOLOGY));
}

function where(rows: readonly (readonly CellValue[])[], label: string | number): number {
  return rowWhere(rows, label);
}

/** A team's own sheet, typed by hand: 4 likelihood levels, 3 impact levels, a lookup grid. */
const handTypedFourByThree: CellValue[][] = [
  ['Risk assessment methodology (ISO/IEC 27001:2022 clause 6.1.2)'],
  [],
  ['SETTINGS'],
  ['version', 2],
  ['Scoring method', 'lookup matrix'],
  ['Impact dimensions', 'Confidentiality; Integrity; Availability'],
  ['Impact rule', 'max'],
  ['Review interval (days)', '180'],
  [],
  ['likelihood scale'],
  ['Value', 'Label', 'Description'],
  [1, 'Remote', 'Once in a decade or less'],
  [2, 'Occasional', ''],
  [3, 'Frequent', null],
  [4, 'Constant', 'Monthly or more'],
  ['Impact Scale'],
  [1, 'Low'],
  [2, 'Moderate'],
  [3, 'Severe'],
  ['Score matrix'],
  ['', 'Low', 'Moderate', 'Severe'],
  ['Remote', 1, 2, 4],
  ['Occasional', 2, 3, 5],
  ['Frequent', 3, 5, 7],
  ['Constant', 4, 6, 9],
  ['Risk bands'],
  ['Band', 'Min score', 'Max score', 'Colour', 'Decision'],
  ['Red', 6, 9, '#ff0000', 'UNACCEPTABLE'],
  ['Green', 1, 2, '#00ff00', 'acceptable'],
  ['Amber', 3, 5, '#ffbf00', 'Tolerable, with sign-off'],
];

describe('reading the Methodology sheet', () => {
  it('uses the default 5 x 5 with an info finding when the sheet is missing', () => {
    const read = readMethodology({ sheets: [{ name: 'Risks', values: [['ID']] }] });
    expect(read.found).toBe(false);
    expect(read.methodology).toEqual(DEFAULT_METHODOLOGY);
    expect(read.findings.map((f) => [f.severity, f.code, f.sheet, f.cell])).toEqual([['info', 'methodology-missing', 'Methodology', 'A1']]);
  });

  it('finds the sheet whatever the case of its name', () => {
    const read = readMethodology({ sheets: [{ ...rowsToSheet(defaultRows()), name: 'METHODOLOGY' }] });
    expect(read.found).toBe(true);
    expect(read.methodology).toEqual(DEFAULT_METHODOLOGY);
  });

  it('reads a hand-typed sheet: headings in any case, text numbers, unordered bands, decisions by first word', () => {
    const read = readMethodology(sheetOf(handTypedFourByThree));
    // The register looks bands up in rising order of min (MATCH(score, RB_BandMins, 1)) over the
    // team's own table, so bands listed out of order are reported at the mins that break the order.
    expect(read.findings.map((f) => [f.code, f.cell])).toEqual([
      ['methodology-invalid-value', 'B29'],
      ['methodology-invalid-value', 'B30'],
    ]);
    const m = read.methodology;
    expect(m).toMatchObject({ version: '2', scoring: 'matrix', reviewIntervalDays: 180, impactDimensions: ['Confidentiality', 'Integrity', 'Availability'] });
    expect(m.likelihood.map((l) => l.label)).toEqual(['Remote', 'Occasional', 'Frequent', 'Constant']);
    expect(m.impact).toHaveLength(3);
    expect(m.matrix[3]).toEqual([4, 6, 9]);
    expect(m.bands.map((b) => [b.name, b.decision])).toEqual([['Green', 'acceptable'], ['Amber', 'tolerable'], ['Red', 'unacceptable']]);
  });

  it('still reads the sheet after the user inserts a blank row inside the likelihood scale', () => {
    const rows = defaultRows();
    rows.splice(where(rows, 3) + 1, 0, []);
    const read = readMethodology(sheetOf(rows));
    expect(read.findings).toEqual([]);
    expect(read.methodology).toEqual(DEFAULT_METHODOLOGY);
  });

  it('takes a sixth likelihood level the user inserted, and asks for its matrix row, which only the team types', () => {
    const rows = defaultRows();
    rows.splice(where(rows, 5) + 1, 0, [6, 'Constant', 'Happens every month.']);
    const read = readMethodology(sheetOf(rows));
    expect(read.methodology.likelihood.map((l) => l.value)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(read.methodology.matrix[5]).toEqual([6, 12, 18, 24, 30]);
    // The register reads scores from the sheet's matrix, whose row for level 6 (the blank row under
    // it) is empty: each of its cells is reported. The new row reaches 6, 12, 18, 24 and 30; only
    // 30 is in no band, to be fixed at High's max.
    const row6 = where(rows, '5 - Almost certain') + 2;
    const high = where(rows, 'High');
    expect(read.findings.map((f) => [f.code, f.cell])).toEqual([
      ...['B', 'C', 'D', 'E', 'F'].map((col) => ['methodology-matrix-incomplete', `${col}${row6}`]),
      ['methodology-band-gap', `C${high + 1}`],
    ]);
  });

  it('reports a decision it cannot read at the decision cell, and treats the band as unacceptable meanwhile', () => {
    const rows = defaultRows();
    const medium = where(rows, 'Medium');
    rows[medium]![4] = 'Maybe later';
    const read = readMethodology(sheetOf(rows));
    expect(read.findings.map((f) => [f.code, f.sheet, f.cell, f.message])).toEqual([
      ['methodology-band-decision', 'Methodology', `E${medium + 1}`, 'Band "Medium" has decision "Maybe later".'],
    ]);
    expect(read.methodology.bands[1]!.decision).toBe('unacceptable');
  });

  it('warns about a band colour it cannot read and leaves the band unfilled', () => {
    const rows = defaultRows();
    const low = where(rows, 'Low');
    rows[low]![3] = 'green';
    const read = readMethodology(sheetOf(rows));
    expect(read.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([['methodology-band-colour', 'warning', `D${low + 1}`]]);
    expect(read.methodology.bands[0]!.colour).toBe('#FFFFFF');
  });

  it('reports an unknown scoring method at its cell and keeps the default method', () => {
    const rows = defaultRows();
    const scoring = where(rows, 'Scoring method');
    rows[scoring]![1] = 'Risk = L * I * V';
    const read = readMethodology(sheetOf(rows));
    expect(read.findings.map((f) => [f.code, f.cell, f.message, f.fix])).toEqual([
      [
        'methodology-invalid-value',
        `B${scoring + 1}`,
        'Scoring method is "Risk = L * I * V": it is not a method Riskbook knows.',
        'Enter Likelihood x Impact, Likelihood + Impact or Lookup matrix.',
      ],
    ]);
    expect(read.methodology.scoring).toBe('multiply');
  });

  it('reports a review interval that is not a whole number of days', () => {
    const rows = defaultRows();
    const review = where(rows, 'Review interval (days)');
    rows[review]![1] = 'yearly';
    const read = readMethodology(sheetOf(rows));
    expect(read.findings.map((f) => [f.code, f.cell])).toEqual([['methodology-invalid-value', `B${review + 1}`]]);
    expect(read.methodology.reviewIntervalDays).toBe(365);
  });

  it('reports a missing setting row at the settings heading', () => {
    const rows = defaultRows();
    rows.splice(where(rows, 'Impact rule'), 1);
    const read = readMethodology(sheetOf(rows));
    expect(read.findings.map((f) => [f.code, f.cell, f.message])).toEqual([
      ['methodology-invalid-value', 'A4', 'Impact rule is "": the row is missing.'],
    ]);
  });

  it('falls back to the default impact scale when a value is not a number, reporting that cell', () => {
    const rows = defaultRows();
    const impactHeading = where(rows, 'Impact scale');
    rows[impactHeading + 4]![0] = 'three';
    const read = readMethodology(sheetOf(rows));
    expect(read.findings.map((f) => [f.code, f.cell, f.message])).toEqual([
      ['methodology-scale-order', `A${impactHeading + 5}`, 'The impact scale value "three" is not a whole number greater than the level before it.'],
    ]);
    expect(read.methodology.impact).toEqual(DEFAULT_METHODOLOGY.impact);
  });

  it('keeps a scale with a duplicated label but reports the label cell', () => {
    const rows = defaultRows();
    const possible = where(rows, 3);
    rows[possible]![1] = 'unlikely';
    const read = readMethodology(sheetOf(rows));
    expect(read.findings.map((f) => [f.code, f.cell])).toEqual([['methodology-scale-label', `B${possible + 1}`]]);
    expect(read.methodology.likelihood[2]!.label).toBe('unlikely');
  });

  it('warns when a computed matrix cell was typed over', () => {
    const rows = defaultRows();
    const likely = where(rows, '4 - Likely');
    rows[likely]![5] = 25;
    const read = readMethodology(sheetOf(rows));
    expect(read.findings.map((f) => [f.code, f.severity, f.cell, f.message])).toEqual([
      ['methodology-matrix-mismatch', 'warning', `F${likely + 1}`, 'The matrix cell for likelihood 4 and impact 5 says 25, but Likelihood x Impact gives 20.'],
    ]);
    expect(read.methodology.matrix[3]![4]).toBe(20);
  });

  it('reports overlapping bands at the second band\'s min', () => {
    const rows = defaultRows();
    const high = where(rows, 'High');
    rows[high]![1] = 12;
    const read = readMethodology(sheetOf(rows));
    expect(read.findings.map((f) => [f.code, f.cell, f.message])).toEqual([
      ['methodology-band-overlap', `B${high + 1}`, 'Bands "Medium" and "High" both cover score 12.'],
    ]);
  });

  it('reports a band min that is not a number and drops that band', () => {
    const rows = defaultRows();
    const high = where(rows, 'High');
    rows[high]![1] = 'fifteen';
    const read = readMethodology(sheetOf(rows));
    expect(read.findings.map((f) => [f.code, f.cell])).toEqual([['methodology-invalid-value', `B${high + 1}`]]);
    expect(read.methodology.bands.map((b) => b.name)).toEqual(['Low', 'Medium']);
  });

  it('reports a missing Risk bands section and falls back to the default bands', () => {
    const rows = defaultRows();
    rows[where(rows, 'Risk bands')]![0] = 'Levels';
    const read = readMethodology(sheetOf(rows));
    expect(read.findings.map((f) => [f.code, f.cell, f.message])).toEqual([
      ['methodology-invalid-value', 'A1', 'The "Risk bands" section is "": its heading row was not found.'],
    ]);
    expect(read.methodology.bands).toEqual(DEFAULT_METHODOLOGY.bands);
  });

  it('reports a table with no bands at the Risk bands heading', () => {
    const rows = defaultRows();
    const heading = where(rows, 'Risk bands');
    rows.splice(heading + 2, 3);
    const read = readMethodology(sheetOf(rows));
    expect(read.findings.map((f) => [f.code, f.cell])).toEqual([['methodology-bands-missing', `A${heading + 1}`]]);
  });

  it('reads a 3 x 3 preset sheet back unchanged', () => {
    expect(readMethodology(workbookWith(presetMethodology('3x3'))).methodology).toEqual(presetMethodology('3x3'));
  });

  it('ignores notes typed below the Notes heading', () => {
    const rows = defaultRows();
    rows.push(['Approved by the ISMS committee on 2025-02-01.'], ['Next review: February 2026.']);
    expect(readMethodology(sheetOf(rows)).findings).toEqual([]);
  });
});

function rowsToSheet(rows: CellValue[][]): { name: string; values: CellValue[][] } {
  return { name: 'Methodology', values: rows };
}
