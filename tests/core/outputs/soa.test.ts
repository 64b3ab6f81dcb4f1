import { createCatalogue } from '../../../core/annex-a/catalogue';
import { serialFromIso } from '../../../core/dates';
import { SOA_ORPHANED, composeJustification, readSoa, soaRules, soaSheetPlan } from '../../../core/outputs/soa';
import type { SoaInput } from '../../../core/outputs/soa';
import { NAMES, SHEETS } from '../../../core/workbook/names';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { stampLine } from '../../../core/workbook/stamp';
import { EMPTY_WORKBOOK, OWN_CONTROL, STAMP, applied, catalogue, edited, risks, risksWith, stampAt, withInsertedColumn } from './fixtures';
import { expectGolden } from './golden';
import { readTable, rowWhere } from './read-table';

const input = (workbook: WorkbookSnapshot = EMPTY_WORKBOOK, overrides: Partial<SoaInput> = {}): SoaInput => ({
  workbook,
  risks: risks(),
  catalogue: catalogue(),
  stamp: STAMP,
  ...overrides,
});
const generate = (workbook: WorkbookSnapshot = EMPTY_WORKBOOK, overrides: Partial<SoaInput> = {}): WorkbookSnapshot =>
  applied(workbook, soaSheetPlan(input(workbook, overrides)).sheet);
const soaTable = (wb: WorkbookSnapshot) => readTable(wb, SHEETS.soa, 'Control ID');
const control = (wb: WorkbookSnapshot, id: string) => rowWhere(soaTable(wb).rows, (r) => r['Control ID'] === id);

/** Column letters → 0-based index, for edits that read like the sheet. */
const COL = { applicable: 3, legal: 5, bestPractice: 8, justification: 11, exclusion: 12, status: 13, evidence: 15 } as const;

function setCells(wb: WorkbookSnapshot, id: string, cells: Partial<Record<keyof typeof COL, string | number | null>>): WorkbookSnapshot {
  const row = control(wb, id).__row;
  return edited(wb, SHEETS.soa, (v) => {
    for (const [k, value] of Object.entries(cells)) v[row]![COL[k as keyof typeof COL]] = value ?? null;
  });
}

/** Every control decided and justified: the two unlinked controls by hand. */
function decided(): WorkbookSnapshot {
  let wb = generate();
  wb = setCells(wb, '5.1', { applicable: 'Yes', bestPractice: 'Yes' });
  wb = setCells(wb, '8.1', { applicable: 'No', exclusion: 'No company end-user devices: staff work through managed VDI only' });
  return wb;
}

describe('Statement of Applicability sheet', () => {
  it('lists every control of the catalogue in its order, the team’s own last', () => {
    const ids = soaTable(generate()).rows.map((r) => r['Control ID']);
    expect(ids).toEqual(['5.1', '5.17', '5.18', '5.23', '5.30', '6.3', '7.4', '8.1', '8.9', '8.13', '8.15', '8.16', '8.24', 'ACME-01']);
  });

  it('with the full catalogue, lists the 93 Annex A controls in numeric order, then the team’s own', () => {
    const ids = soaTable(generate(EMPTY_WORKBOOK, { catalogue: createCatalogue([OWN_CONTROL]) })).rows.map((r) => r['Control ID']);
    expect(ids).toHaveLength(94);
    expect(ids.slice(0, 11)).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8', '5.9', '5.10', '5.11']);
    expect(ids.slice(-2)).toEqual(['8.34', 'ACME-01']);
  });

  it('links each control to the risks citing it, including through a 2013 id’s successor', () => {
    const wb = generate();
    expect(control(wb, '5.17')).toMatchObject({
      Title: 'Authentication information',
      Theme: 'Organizational',
      'Linked risks': 'R-01, R-14',
      'Reason: risk assessment': 'Yes',
      'Composed justification': 'Treats risks R-01, R-14 (risk assessment)',
    });
    expect(control(wb, '8.15')['Linked risks']).toBe('R-22');
    expect(control(wb, 'ACME-01')).toMatchObject({ Theme: 'Custom', 'Linked risks': 'R-22', 'Composed justification': 'Treats risk R-22 (risk assessment)' });
  });

  it('starts a cited control as applicable and leaves an uncited one undecided', () => {
    const wb = generate();
    expect(control(wb, '8.9').Applicable).toBe('Yes');
    expect(control(wb, '5.1')).toMatchObject({ Applicable: null, 'Reason: risk assessment': null, 'Linked risks': null });
  });

  it('links a control cited since the last regeneration but leaves its decision to people', () => {
    const wb = generate(generate(), { risks: risksWith('R-31', { controls: ['5.1'] }) });
    expect(control(wb, '5.1')).toMatchObject({ 'Linked risks': 'R-31', 'Reason: risk assessment': 'Yes', Applicable: null });
    expect(soaRules(readSoa(wb), risksWith('R-31', { controls: ['5.1'] }), catalogue(), STAMP.registerHash).map((f) => f.code)).toContain(
      'soa-applicability-missing',
    );
  });

  it('keeps a person’s applicability decision over the default', () => {
    const wb = setCells(generate(), '7.4', { applicable: 'No', exclusion: 'Office has no server room' });
    expect(control(generate(wb), '7.4')).toMatchObject({ Applicable: 'No', 'Exclusion justification': 'Office has no server room' });
  });

  it('adds the reasons a person marked to the composed justification, beside their own', () => {
    const wb = setCells(generate(), '5.17', { legal: 'Yes', justification: 'Required by our SOC 2 commitments' });
    expect(control(generate(wb), '5.17')).toMatchObject({
      'Composed justification': 'Treats risks R-01, R-14 (risk assessment); legal requirement',
      Justification: 'Required by our SOC 2 commitments',
    });
    const onlyPractice = setCells(generate(), '5.1', { bestPractice: 'Yes' });
    expect(control(generate(onlyPractice), '5.1')['Composed justification']).toBe('Best practice');
  });

  it('keeps implementation details and a column a person added, by control id', () => {
    let wb = setCells(generate(), '8.13', { status: 'Implemented', evidence: 'Backup runbook v3, restore test 2025-02' });
    const header = soaTable(wb).headerRow;
    const row = control(wb, '8.13').__row;
    wb = withInsertedColumn(wb, SHEETS.soa, 1, (r) => (r === header ? 'Auditor note' : r === row ? 'Sampled in stage 2' : null));
    const again = generate(wb, { stamp: stampAt('2025-05-02T10:00:00Z') });
    expect(control(again, '8.13')).toMatchObject({
      'Implementation status': 'Implemented',
      'Evidence reference': 'Backup runbook v3, restore test 2025-02',
      'Auditor note': 'Sampled in stage 2',
    });
  });

  it('matches a control id a person wrote with an A. prefix', () => {
    const wb = generate();
    const row = control(wb, '8.24').__row;
    const prefixed = edited(wb, SHEETS.soa, (v) => {
      v[row]![0] = 'A.8.24';
      v[row]![COL.status] = 'Planned';
    });
    expect(control(generate(prefixed), '8.24')['Implementation status']).toBe('Planned');
  });

  it('keeps the row of a control that left the catalogue, marked orphaned', () => {
    const wb = setCells(generate(), 'ACME-01', { status: 'Implemented' });
    const result = soaSheetPlan(input(wb, { catalogue: catalogue({ without: ['ACME-01'] }) }));
    expect(result.orphaned).toEqual(['ACME-01']);
    expect(control(applied(wb, result.sheet), 'ACME-01')).toMatchObject({ 'Row status': SOA_ORPHANED, 'Implementation status': 'Implemented' });
  });

  it('reports every row as added the first time', () => {
    expect(soaSheetPlan(input()).added).toHaveLength(14);
    expect(soaSheetPlan(input(generate())).added).toEqual([]);
  });

  it('has a header block: title, stamp line, and an SoA version cell people own', () => {
    const { sheet } = soaSheetPlan(input());
    const cells = sheet.writes[0]!.cells;
    expect(cells[0]![0]).toBe('Statement of Applicability (ISO/IEC 27001:2022 clause 6.1.3 d)');
    expect(cells[1]![0]).toBe(stampLine(STAMP));
    expect(cells[2]!.slice(0, 2)).toEqual(['SoA version', '1.0']);
    expect(cells[4]![0]).toBe('Control ID');
    expect(sheet.frozenRows).toBe(5);
    expect(sheet.pageSetup?.printTitleRows).toBe('5:5');

    const bumped = edited(generate(), SHEETS.soa, (v) => (v[2]![1] = '2.3'));
    expect(readSoa(generate(bumped))?.version).toBe('2.3');
  });

  it('offers Yes/No and implementation status dropdowns from named ranges', () => {
    const { sheet } = soaSheetPlan(input());
    expect(sheet.validations).toContainEqual(expect.objectContaining({ range: 'D6:D69', rule: { kind: 'list', namedRange: NAMES.yesNo } }));
    expect(sheet.validations).toContainEqual(expect.objectContaining({ range: 'N6:N69', rule: { kind: 'list', namedRange: NAMES.implementationStatus } }));
    expect(sheet.formats).toContainEqual({ range: 'R6:R69', numberFormat: 'yyyy-mm-dd' });
  });

  it('gives the same plan when regenerated twice', () => {
    const start = setCells(decided(), '8.9', { status: 'Implemented', evidence: 'Terraform baseline repo' });
    const once = soaSheetPlan(input(start));
    expect(soaSheetPlan(input(applied(start, once.sheet))).sheet).toEqual(once.sheet);
  });

  it('matches the golden plan for the fixture register', () => {
    expectGolden('soa', soaSheetPlan(input()).sheet);
  });
});

describe('composeJustification', () => {
  it('says nothing when nothing justifies the control', () => {
    expect(composeJustification([], [])).toBe('');
  });
});

describe('SoA rules', () => {
  const rules = (wb: WorkbookSnapshot, registerHash = STAMP.registerHash, cat = catalogue()) => soaRules(readSoa(wb), risks(), cat, registerHash);
  const codes = (wb: WorkbookSnapshot, registerHash?: string, cat = catalogue()) => rules(wb, registerHash, cat).map((f) => f.code);

  it('flags nothing on a fully decided SoA generated from the current register', () => {
    expect(rules(decided())).toEqual([]);
  });

  it('says once that a workbook with risks has no SoA, where the caller anchors it', () => {
    expect(soaRules(null, risks(), catalogue(), 'x', { sheet: 'Risk register', cell: 'A4' }).map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ['soa-not-found', 'Risk register', 'A4'],
    ]);
  });

  it('says nothing about a missing SoA while the register is still empty', () => {
    expect(soaRules(null, [], catalogue(), 'x')).toEqual([]);
  });

  it('flags an SoA that lacks Annex A controls, with the count and a sample', () => {
    const wb = decided();
    const gone = ['5.1', '5.18'].map((id) => control(wb, id).__row);
    const trimmed = edited(wb, SHEETS.soa, (v) => gone.forEach((r) => (v[r] = [])));
    expect(rules(trimmed)).toEqual([
      expect.objectContaining({ code: 'soa-missing-controls', cell: 'A5', message: 'The Statement of Applicability lacks 2 Annex A controls (5.1, 5.18).' }),
    ]);
  });

  it('flags a control a risk relies on that is marked not applicable', () => {
    const wb = setCells(decided(), '5.17', { applicable: 'No', exclusion: 'Handled by the IdP' });
    const fs = rules(wb);
    expect(fs).toEqual([
      expect.objectContaining({
        code: 'soa-cited-control-excluded',
        cell: `D${control(wb, '5.17').__row + 1}`,
        message: 'Control 5.17 is marked not applicable, but risk R-01, R-14 relies on it.',
      }),
    ]);
  });

  it('flags an excluded control with no justification', () => {
    const wb = setCells(decided(), '8.1', { exclusion: null });
    expect(rules(wb)).toEqual([expect.objectContaining({ code: 'soa-exclusion-unjustified', cell: `M${control(wb, '8.1').__row + 1}` })]);
  });

  it('flags an applicable control no risk cites and no reason supports', () => {
    expect(codes(setCells(decided(), '5.1', { bestPractice: null }))).toEqual(['soa-inclusion-unjustified']);
  });

  it('accepts an uncited applicable control with a legal reason', () => {
    expect(codes(setCells(decided(), '5.1', { bestPractice: null, legal: 'Yes' }))).toEqual([]);
  });

  it('flags a control with no applicability decision', () => {
    expect(codes(setCells(decided(), '5.1', { applicable: null }))).toEqual(['soa-applicability-missing']);
  });

  it('flags an implemented control with no evidence reference', () => {
    const wb = setCells(decided(), '8.9', { status: 'Implemented' });
    expect(rules(wb)).toEqual([expect.objectContaining({ code: 'soa-evidence-missing', message: 'Control 8.9 is implemented but has no evidence reference.' })]);
  });

  it('flags an SoA generated from an older register, at its stamp line', () => {
    expect(rules(decided(), '99aa88bb77')).toEqual([
      expect.objectContaining({
        code: 'soa-stale',
        cell: 'A2',
        message: 'The Statement of Applicability was generated from register 0f1e2d3c4b; the register is now 99aa88bb77.',
      }),
    ]);
  });

  it('flags a row whose control is no longer in the catalogue', () => {
    const fs = rules(decided(), STAMP.registerHash, catalogue({ without: ['ACME-01'] }));
    expect(fs).toEqual([expect.objectContaining({ code: 'soa-orphaned-row', message: 'SoA row for control ACME-01 matches no control in the catalogue.' })]);
  });

  it('reads review dates back as serials', () => {
    const wb = edited(decided(), SHEETS.soa, (v) => (v[control(decided(), '8.9').__row]![17] = serialFromIso('2025-01-20')));
    expect(readSoa(wb)?.rows.find((r) => r.controlId === '8.9')?.lastReviewed).toBe(serialFromIso('2025-01-20'));
  });
});
