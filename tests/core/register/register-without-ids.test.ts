/**
 * A register without an id column (risks numbered by their row, or grouped under an asset) is
 * still a register: each risk is keyed by its row ("Row 7") wherever an id would be used, the
 * register says so once and offers to add ids, and Riskbook never adds them itself.
 */
import { ANNEX_A_CATALOGUE } from '../../../core/annex-a/catalogue';
import { generate } from '../../../core/engine';
import { readRisks } from '../../../core/register/read-risks';
import type { RegisterLocation } from '../../../core/register/types';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { FIVE_BY_FIVE, sheet, workbook } from './fixtures';

const NOW = { now: '2026-03-01T09:00:00Z' };
const HEADER = ['Asset', 'Threat', 'Likelihood', 'Impact', 'Risk owner', 'Treatment', 'Controls', 'Last review'];
const ROWS: CellValue[][] = [
  ['CRM', 'Credential stuffing', 4, 4, 'CTO', 'Mitigate', '5.17, 8.5', '2026-01-10'],
  ['Laptops', 'Theft', 2, 3, 'IT lead', 'Transfer', '', '2026-01-10'],
  ['Impact: 1 = Negligible, 5 = Severe'],
  ['Payroll', 'Insider fraud', 3, 4, null, 'Mitigate', '8.2', '2026-01-10'],
];

function noIds(rows: CellValue[][] = ROWS): WorkbookSnapshot {
  return workbook(sheet('Risks', [['Risk register'], HEADER, ...rows]));
}

/** The register's place as a person would map it: every column but an id. */
const LOCATION: RegisterLocation = {
  sheet: 'Risks',
  headerRow: 1,
  mapping: { asset: 0, threat: 1, likelihood: 2, impact: 3, owner: 4, treatment: 5, controls: 6, lastReview: 7 },
  userColumns: [],
  source: 'detected',
};

function sheetOf(s: WorkbookSnapshot, name: string): SheetSnapshot {
  const found = s.sheets.find((x) => x.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Rows of a generated table below its header, as objects by header. */
function table(s: SheetSnapshot, firstHeader: string): Record<string, CellValue>[] {
  const top = s.values.findIndex((r) => r[0] === firstHeader);
  const header = s.values[top]!;
  return s.values.slice(top + 1).map((r) => Object.fromEntries(header.map((h, c) => [String(h), r[c] ?? null])));
}

function recalc(snapshot: WorkbookSnapshot): { result: ReturnType<typeof generate>; after: WorkbookSnapshot } {
  const result = generate(snapshot, 'recalc', NOW);
  const wb = MemoryWorkbook.fromSnapshot(snapshot);
  wb.apply(result.plan);
  return { result, after: wb.snapshot() };
}

describe('a register without ids', () => {
  it('keys each risk by its sheet row, which a legend row between risks does not shift', () => {
    const { risks } = readRisks(noIds(), LOCATION, FIVE_BY_FIVE, ANNEX_A_CATALOGUE);
    expect(risks.map((r) => [r.id, r.threat])).toEqual([
      ['Row 3', 'Credential stuffing'],
      ['Row 4', 'Theft'],
      ['Row 6', 'Insider fraud'],
    ]);
  });

  it('says so once, offering to add ids, and names a risk by its row in messages', () => {
    const { findings } = readRisks(noIds(), LOCATION, FIVE_BY_FIVE, ANNEX_A_CATALOGUE);
    expect(findings.map((f) => [f.severity, f.code, f.cell, f.message])).toEqual([
      ['error', 'risk-owner-missing', 'E6', 'Risk on row 6 has no risk owner.'],
      [
        'info',
        'register-keyed-by-row',
        'A2',
        'The register has no risk ids (no id column, or one left empty), so each risk is known by its row ("Row 3") in findings, the Risk Treatment Plan, the SoA and the heatmap. Inserting, deleting or sorting rows renames the risks: what was typed for a risk in the Risk Treatment Plan then belongs to whichever risk takes its row, or to none.',
      ],
    ]);
    expect(findings[1]!.fix).toMatch(/Give each risk a unique id .* "Risk ID" column; Riskbook never adds one itself/);
  });

  it('links the Risk Treatment Plan, the SoA and the heatmap by those keys, and adds no id to the register', () => {
    const { result, after } = recalc(noIds());
    const codes = result.findings.map((f) => f.code);
    expect(codes.filter((c) => c === 'register-keyed-by-row')).toHaveLength(1);
    expect(codes).not.toContain('risk-id-missing');

    const rtp = table(sheetOf(after, 'Risk Treatment Plan'), 'Risk ID').filter((r) => r['Risk ID'] !== null);
    expect(rtp.map((r) => [r['Risk ID'], r['Control ID']])).toEqual([
      ['Row 3', '5.17'],
      ['Row 3', '8.5'],
      ['Row 4', null],
      ['Row 6', '8.2'],
    ]);
    const soa = table(sheetOf(after, 'Statement of Applicability'), 'Control ID');
    expect(soa.find((r) => r['Control ID'] === '8.2')!['Linked risks']).toBe('Row 6');
    expect(sheetOf(after, 'Heatmap').values.flat()).toContain('Row 3');

    // The register's own cells are as typed: no id column, no id written.
    const register = sheetOf(after, 'Risks');
    expect(register.values[1]!.slice(0, HEADER.length)).toEqual(HEADER);
    ROWS.forEach((row, i) => row.forEach((v, c) => expect(register.values[i + 2]![c] ?? null).toEqual(v)));
  });

  it('after a row is inserted above, keeps what was typed in the plan, but under the row it was typed for, as the finding warns', () => {
    // Two risks mitigated by the same control.
    const first = recalc(
      noIds([
        ['CRM', 'Credential stuffing', 4, 4, 'CTO', 'Mitigate', '5.17', '2026-01-10'],
        ['Laptops', 'Theft', 2, 3, 'IT lead', 'Mitigate', '5.17', '2026-01-10'],
      ]),
    ).after;
    // A person types an action for the laptops' risk (Row 4)...
    const rtpSheet = sheetOf(first, 'Risk Treatment Plan');
    const header = rtpSheet.values.find((r) => r[0] === 'Risk ID')!;
    const values = rtpSheet.values.map((r) => [...r]);
    values.find((r) => r[0] === 'Row 4')![header.indexOf('Action')] = 'Encrypt the laptops';
    // ...then inserts a new risk at the top of the register.
    const register = sheetOf(first, 'Risks');
    const inserted = ['Website', 'Defacement', 2, 2, 'CMO', 'Accept', '', '2026-01-10'];
    const grid = register.values.map((r) => [...r]);
    grid.splice(2, 0, inserted);
    const formulas = register.formulas?.map((r) => [...r]);
    formulas?.splice(2, 0, []);
    const edited: WorkbookSnapshot = {
      ...first,
      sheets: first.sheets.map((s) =>
        s.name === 'Risks' ? { ...s, values: grid, formulas } : s.name === 'Risk Treatment Plan' ? { ...s, values } : s,
      ),
    };
    const { result, after } = recalc(edited);
    const rtp = table(sheetOf(after, 'Risk Treatment Plan'), 'Risk ID');
    // The action stays on the sheet, never lost, under the key "Row 4": now the CRM's risk. This
    // is what the finding warns of, and why it offers ids.
    expect(rtp.find((r) => r.Action === 'Encrypt the laptops')).toMatchObject({ 'Risk ID': 'Row 4', 'Control ID': '5.17', 'Risk summary': 'Credential stuffing' });
    expect(result.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['register-keyed-by-row', 'rtp-orphaned-row']));
  });
});

describe('an id column nobody filled', () => {
  const withEmptyIds = (rows: CellValue[][]): WorkbookSnapshot =>
    workbook(sheet('Risks', [['Risk register'], ['Risk ID', ...HEADER], ...rows.map((r) => [null, ...r])]));
  const idLocation: RegisterLocation = {
    ...LOCATION,
    mapping: Object.fromEntries([['id', 0], ...Object.entries(LOCATION.mapping).map(([f, c]) => [f, c + 1])]) as RegisterLocation['mapping'],
  };

  it('keys the risks by row and says so once, instead of a missing id on every row', () => {
    const { risks, findings } = readRisks(withEmptyIds(ROWS), idLocation, FIVE_BY_FIVE, ANNEX_A_CATALOGUE);
    expect(risks.map((r) => r.id)).toEqual(['Row 3', 'Row 4', 'Row 6']);
    expect(findings.filter((f) => f.code === 'risk-id-missing')).toEqual([]);
    expect(findings.filter((f) => f.code === 'register-keyed-by-row')).toHaveLength(1);
  });

  it('is not assumed unused for one or two risks: their ids are missing', () => {
    const { findings } = readRisks(withEmptyIds(ROWS.slice(0, 2)), idLocation, FIVE_BY_FIVE, ANNEX_A_CATALOGUE);
    expect(findings.filter((f) => f.code === 'risk-id-missing').map((f) => f.cell)).toEqual(['A3', 'A4']);
    expect(findings.filter((f) => f.code === 'register-keyed-by-row')).toEqual([]);
  });
});
