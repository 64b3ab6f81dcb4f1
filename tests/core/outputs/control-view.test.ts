/**
 * The Control view: for each control of the catalogue, its SoA decision and under it each risk
 * that cites it with the plan's action for that risk and control, so one filter on Control ID
 * shows everything about a control. Its cells read the register, the SoA and the plan live, so
 * what people type there shows at once; a row moved since the run says so rather than show
 * another row's content.
 */
import { generate } from '../../../core/engine';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import { PORTABLE_FUNCTIONS, functionsUsed } from '../../../core/formula/allow-list';
import { CONTROL_VIEW_HEADERS as V, CONTROL_VIEW_TITLE, MORE_RISKS, NO_LONGER_LINKED, controlViewSheetPlan } from '../../../core/outputs/control-view';
import { MOVED } from '../../../core/outputs/live-cells';
import { readRtp, rtpSheetPlan } from '../../../core/outputs/rtp';
import { readSoa, soaSheetPlan } from '../../../core/outputs/soa';
import { roleOf } from '../../../core/ownership/own-sheets';
import { parseRange } from '../../../core/workbook/a1';
import { NAMES, SHEETS, SHEET_ROLES } from '../../../core/workbook/names';
import type { SheetPlan, WorkbookPlan } from '../../../core/workbook/plan';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { LATER, NOW, REGISTER, applyPlan, headerCol, sheet, threeRiskRegister } from '../engine/engine-fixtures';
import { TEAM_PLAN, TEAM_SOA, registerWith, teamPlanSheet, teamSoaSheet } from '../team-sheets/team-fixtures';
import { EMPTY_WORKBOOK, REGISTER_LOCATION, STAMP, applied, catalogue, methodology5x5, risks } from './fixtures';
import { expectGolden } from './golden';
import { CONTROL, EVERYTHING_ABOUT_816, everythingAbout, workOn816 } from './example-control-view';
import { evaluate, shownValues } from './live-formula';
import { run, type } from './people-edits';
import { exampleSnapshot } from '../../support/example-register';

function viewPlan(plan: WorkbookPlan): SheetPlan {
  const found = plan.sheets.find((s) => s.role === 'controlView');
  if (!found) throw new Error('no Control view in the plan');
  return found;
}

/** The view's rows as a person reads them once the spreadsheet has computed them, by header. */
function viewRows(wb: WorkbookSnapshot): Record<string, CellValue>[] {
  const view = sheet(wb, SHEETS.controlView);
  const header = view.values.findIndex((r) => r[0] === V.controlId);
  const shown = shownValues(wb, SHEETS.controlView);
  const headers = view.values[header]!.map(String);
  return shown.slice(header + 1).map((row) => Object.fromEntries(headers.map((h, c) => [h, row[c] ?? null])));
}

function rowFor(wb: WorkbookSnapshot, control: string, risk = ''): Record<string, CellValue> {
  const found = viewRows(wb).find((r) => r[V.controlId] === control && (r[V.riskId] ?? '') === risk);
  if (!found) throw new Error(`no view row for ${control} ${risk}`);
  return found;
}

/** 0-based row of the RTP holding a (risk, control) pair. */
function rtpRow(wb: WorkbookSnapshot, risk: string, control: string): number {
  const rtp = sheet(wb, SHEETS.rtp);
  const r = rtp.values.findIndex((row) => row[0] === risk && row[headerCol(rtp, 'Control ID')] === control);
  if (r < 0) throw new Error(`no RTP row ${risk} · ${control}`);
  return r;
}

function soaRow(wb: WorkbookSnapshot, control: string): number {
  const soa = sheet(wb, SHEETS.soa);
  return soa.values.findIndex((row) => row[0] === control);
}

describe('the Control view a recalculation writes', () => {
  const before = threeRiskRegister();
  const result = generate(before, 'recalc', { now: NOW });
  const after = applyPlan(before, result.plan);

  it("is Riskbook's by its title and stamp, the sheet right after the SoA, and comes with a full recalculation only", () => {
    expect(SHEET_ROLES.indexOf('controlView')).toBe(SHEET_ROLES.indexOf('soa') + 1);
    const names = after.sheets.map((s) => s.name);
    expect(names.indexOf(SHEETS.controlView)).toBe(names.indexOf(SHEETS.soa) + 1);
    expect(roleOf(sheet(after, SHEETS.controlView))).toBe('controlView');
    expect(sheet(after, SHEETS.controlView).values[0]![0]).toBe(CONTROL_VIEW_TITLE);
    for (const action of ['heatmap', 'soa', 'rtp'] as const) {
      expect(generate(before, action, { now: NOW }).plan.sheets.map((s) => s.role)).not.toContain('controlView');
    }
  });

  it('has a row for every control of the catalogue, in its order, each followed by the risks that cite it', () => {
    const rows = viewRows(after);
    const controls = rows.filter((r) => (r[V.riskId] ?? '') === '').map((r) => r[V.controlId]);
    expect(controls).toHaveLength(93);
    expect(controls.slice(0, 3)).toEqual(['5.1', '5.2', '5.3']);
    const under = (control: string): CellValue[] => rows.filter((r) => r[V.controlId] === control && r[V.riskId]).map((r) => r[V.riskId]!);
    expect(under('5.17')).toEqual(['R-001']);
    expect(under('8.5')).toEqual(['R-001']);
    // R-002 cites the 2013 A.8.24's successor too: the view follows the links the SoA draws.
    expect(under('8.1')).toEqual(['R-002']);
    expect(under('5.1')).toEqual([]);
    expect(rowFor(after, '5.17')[V.risk]).toBe('Cited by 1 risk');
  });

  it("shows each risk's own cells and the plan's action for that risk and control", () => {
    const r = rowFor(after, '5.17', 'R-001');
    expect(r).toMatchObject({ [V.risk]: 'Phishing of finance staff', [V.treatment]: 'Mitigate', [V.owner]: 'CFO', [V.status]: '' });
    expect(rowFor(after, '5.17')).toMatchObject({ [V.control]: 'Authentication information', [V.decision]: 'Applicable: Yes' });
  });

  it('reads the RTP and the SoA Riskbook rebuilds only through names over them from A1', () => {
    const formulas = viewPlan(result.plan).writes.flatMap((w) => w.cells.flat()).flatMap((c) => (c !== null && typeof c === 'object' ? [c.formula] : []));
    expect(formulas.length).toBeGreaterThan(93 * 4);
    expect([...new Set(formulas.flatMap(functionsUsed))].filter((f) => !PORTABLE_FUNCTIONS.has(f))).toEqual([]);
    expect(formulas.filter((f) => f.includes(`'${SHEETS.rtp}'!`) || f.includes(`'${SHEETS.soa}'!`))).toEqual([]);
    const byName = new Map(result.plan.names.map((n) => [n.name, n]));
    expect(byName.get(NAMES.rtpTable)?.sheet).toBe(SHEETS.rtp);
    expect(byName.get(NAMES.soaTable)?.sheet).toBe(SHEETS.soa);
    for (const n of [NAMES.rtpTable, NAMES.soaTable]) expect(parseRange(byName.get(n)!.range)).toMatchObject({ row: 0, col: 0 });
    // Every live cell checks the keys of the row it reads.
    expect(formulas.every((f) => f.includes(MOVED))).toBe(true);
  });

  it('sets those names again when Generate SoA or Generate RTP rebuilds the sheet without the view', () => {
    for (const [action, name, target] of [['soa', NAMES.soaTable, SHEETS.soa], ['rtp', NAMES.rtpTable, SHEETS.rtp]] as const) {
      const names = generate(after, action, { now: LATER }).plan.names.filter((n) => n.name === name);
      expect(names.map((n) => n.sheet)).toEqual([target]);
    }
    expect(generate(before, 'soa', { now: NOW }).plan.names.map((n) => n.name)).not.toContain(NAMES.soaTable);
  });
});

describe('what people type in the plan and the SoA, shown live', () => {
  const first = run(threeRiskRegister(), NOW).after;
  const rtp = sheet(first, SHEETS.rtp);
  const soa = sheet(first, SHEETS.soa);
  const r = rtpRow(first, 'R-001', '5.17');
  const s = soaRow(first, '5.17');

  it('shows an action, its owner, due date, status and effectiveness as typed, without a recalculation', () => {
    const edited = type(first, SHEETS.rtp, [
      { row: r, col: headerCol(rtp, 'Action'), value: 'Roll out phishing-resistant MFA' },
      { row: r, col: headerCol(rtp, 'Action owner'), value: 'Head of IT' },
      { row: r, col: headerCol(rtp, 'Due date'), value: 46387 },
      { row: r, col: headerCol(rtp, 'Status'), value: 'Done' },
      { row: r, col: headerCol(rtp, 'Effectiveness result'), value: 'Effective' },
    ]);
    expect(rowFor(edited, '5.17', 'R-001')).toMatchObject({
      [V.decision]: 'Roll out phishing-resistant MFA', [V.owner]: 'Head of IT', [V.date]: 46387, [V.status]: 'Done', [V.effectiveness]: 'Effective',
    });
    // The same risk's action for its other control is another row of the plan.
    expect(rowFor(edited, '8.5', 'R-001')[V.status]).toBe('');
  });

  it("shows the SoA's decision, its reasons, owner, status, last review and evidence as typed", () => {
    const edited = type(first, SHEETS.soa, [
      { row: s, col: headerCol(soa, 'Applicable'), value: 'No' },
      { row: s, col: headerCol(soa, 'Exclusion justification'), value: 'Single sign-on handles it' },
      { row: s, col: headerCol(soa, 'Control owner'), value: 'CISO' },
      { row: s, col: headerCol(soa, 'Implementation status'), value: 'Implemented' },
      { row: s, col: headerCol(soa, 'Last reviewed'), value: 46300 },
      { row: s, col: headerCol(soa, 'Evidence reference'), value: 'EV-17' },
    ]);
    expect(rowFor(edited, '5.17')).toMatchObject({
      [V.decision]: 'Applicable: No · Single sign-on handles it', [V.owner]: 'CISO', [V.status]: 'Implemented', [V.date]: 46300, [V.evidence]: 'EV-17',
    });
  });

  it("says the row moved, never another row's action, once the plan's rows are sorted differently", () => {
    const other = rtpRow(first, 'R-002', '8.1');
    const swapped = {
      ...first,
      sheets: first.sheets.map((sh) => {
        if (sh.name !== SHEETS.rtp) return sh;
        const values = sh.values.map((row) => [...row]);
        [values[r], values[other]] = [values[other]!, values[r]!];
        return { ...sh, values };
      }),
    };
    expect(rowFor(swapped, '5.17', 'R-001')[V.status]).toBe(MOVED);
    expect(rowFor(swapped, '8.1', 'R-002')[V.decision]).toBe(MOVED);
    // The register's rows were not moved: the risk's own cells still show.
    expect(rowFor(swapped, '5.17', 'R-001')[V.risk]).toBe('Phishing of finance staff');
  });

  it("follows the register's own cells: a threat retyped shows at once", () => {
    const reg = sheet(first, REGISTER);
    const row = reg.values.findIndex((v) => v[0] === 'R-001');
    const edited = type(first, REGISTER, [{ row, col: headerCol(reg, 'Threat'), value: 'Spear phishing of finance staff' }]);
    expect(rowFor(edited, '5.17', 'R-001')[V.risk]).toBe('Spear phishing of finance staff');
  });
});

describe("a team's own SoA and plan", () => {
  const wb = registerWith(teamSoaSheet(), teamPlanSheet());
  const result = generate(wb, 'recalc', { now: NOW });
  const after = applyPlan(wb, result.plan);

  it('are read by their names, each decision and action from its row', () => {
    const formulas = viewPlan(result.plan).writes.flatMap((w) => w.cells.flat()).flatMap((c) => (c !== null && typeof c === 'object' ? [c.formula] : [])).join('\n');
    expect(formulas).toContain(`'${TEAM_SOA}'!`);
    expect(formulas).toContain(`'${TEAM_PLAN}'!`);
    expect(result.plan.names.map((n) => n.name)).not.toContain(NAMES.rtpTable);
    expect(rowFor(after, '5.17')).toMatchObject({ [V.status]: 'Implemented', [V.evidence]: 'EV-17' });
    expect(String(rowFor(after, '5.17')[V.decision])).toMatch(/^Applicable: Applicable/);
    // The team's plan names risks, not controls: its action shows under each control the risk cites.
    for (const control of ['5.17', '8.5']) expect(rowFor(after, control, 'R-001')).toMatchObject({ [V.decision]: 'Roll out phishing-resistant MFA', [V.status]: 'In progress' });
  });

  it("reads a control the team's SoA does not list from the row Riskbook adds below its table", () => {
    const formula = viewPlan(result.plan).writes[0]!.cells.find((r) => r[0] === '8.34' && !r[2])![6] as { formula: string };
    expect(formula.formula).toContain(`'${TEAM_SOA}'!`);
    expect(rowFor(after, '8.34')[V.decision]).toBe('Applicability not decided');
  });
});

describe('what people write beside the view', () => {
  const first = run(threeRiskRegister(), NOW).after;
  const view = sheet(first, SHEETS.controlView);
  const header = view.values.findIndex((r) => r[0] === V.controlId);
  const noteCol = view.values[header]!.length;
  const at = (control: string, risk: string | null): number => view.values.findIndex((r) => r[0] === control && (r[2] ?? null) === risk);

  it('is kept on the row of its control and risk, and keeps a row whose risk no longer cites the control', () => {
    const noted = type(first, SHEETS.controlView, [
      { row: header, col: noteCol, value: "Auditor's notes" },
      { row: at('5.17', 'R-001'), col: noteCol, value: 'Sampled 3 logins' },
      { row: at('8.5', 'R-001'), col: noteCol, value: 'MFA evidence seen' },
    ]);
    // R-001 stops citing 8.5.
    const reg = sheet(noted, REGISTER);
    const r = reg.values.findIndex((v) => v[0] === 'R-001');
    const changed = type(noted, REGISTER, [{ row: r, col: headerCol(reg, 'Controls'), value: '5.17' }]);
    const again = sheet(run(changed, LATER).after, SHEETS.controlView);
    const row = (control: string, risk: string): readonly CellValue[] => again.values.find((v) => v[0] === control && v[2] === risk)!;
    expect(row('5.17', 'R-001')[noteCol]).toBe('Sampled 3 logins');
    expect(row('8.5', 'R-001')[1]).toBe(NO_LONGER_LINKED);
    expect(row('8.5', 'R-001')[noteCol]).toBe('MFA evidence seen');
  });

  it('keeps a line typed under the table, whatever column it is in: a Control ID that names no control is a person\'s', () => {
    // Right under the last row, no blank row between: read as a row of the table.
    const below = view.values.length;
    const noted = type(first, SHEETS.controlView, [{ row: below, col: 0, value: 'Reviewed with the auditor' }, { row: below + 1, col: 2, value: 'see ticket 42' }]);
    const again = sheet(run(noted, LATER).after, SHEETS.controlView);
    expect(again.values.some((v) => v[0] === 'Reviewed with the auditor')).toBe(true);
    expect(again.values.some((v) => v[2] === 'see ticket 42')).toBe(true);
  });

  it('drops a row whose risk no longer cites the control when nobody wrote beside it', () => {
    const reg = sheet(first, REGISTER);
    const r = reg.values.findIndex((v) => v[0] === 'R-001');
    const changed = type(first, REGISTER, [{ row: r, col: headerCol(reg, 'Controls'), value: '5.17' }]);
    const again = sheet(run(changed, LATER).after, SHEETS.controlView);
    expect(again.values.some((v) => v[0] === '8.5' && v[2] === 'R-001')).toBe(false);
  });
});

describe('a control cited by more risks than a view lists', () => {
  it('lists the first 40 and says how many more and where', () => {
    const rows: CellValue[][] = [['Risk ID', 'Threat', 'Risk owner', 'Likelihood', 'Impact', 'Treatment', 'Controls']];
    for (let i = 1; i <= 45; i++) rows.push([`R-${i}`, 'Theft', 'Head of IT', 3, 3, 'Mitigate', '5.17']);
    const after = run({ sheets: [{ name: 'Risks', values: rows }] }, NOW).after;
    const listed = viewRows(after).filter((r) => r[V.controlId] === '5.17' && r[V.riskId]);
    expect(listed).toHaveLength(41);
    expect(listed[40]).toMatchObject({ [V.riskId]: MORE_RISKS, [V.risk]: `… and 5 more risks cite 5.17 (filter the register's Controls column for 5.17 and the Control ID of ${SHEETS.rtp})` });
  });
});

describe('the view of the fixture register', () => {
  const m = methodology5x5();
  const rs = risks();
  const cat = catalogue();
  const rtpPlan = rtpSheetPlan({ risks: rs, methodology: m, catalogue: cat, stamp: STAMP }).sheet;
  const soaPlan = soaSheetPlan({ risks: rs, catalogue: cat, stamp: STAMP }).sheet;
  const wb = applied(EMPTY_WORKBOOK, rtpPlan, soaPlan);
  const view = controlViewSheetPlan({
    methodology: m, catalogue: cat, risks: rs, register: REGISTER_LOCATION, workbook: wb, stamp: STAMP,
    plan: { sheet: SHEETS.rtp, own: true, rows: readRtp(wb)! },
    soa: { own: true, sheet: readSoa(wb)! },
  });
  const cells = view.sheet.writes[0]!.cells;

  it("says why an accepted risk has no action, and lists the team's own controls after Annex A", () => {
    expect(cells.find((r) => r[0] === '7.4' && r[2] === 'R-25')?.[6]).toBe('Accepted: no action planned');
    const controls = cells.filter((r) => typeof r[0] === 'string' && /^\d|ACME/.test(r[0]) && !r[2]).map((r) => r[0]);
    expect(controls[controls.length - 1]).toBe('ACME-01');
  });

  it('matches the golden plan', () => {
    expectGolden('control-view', view);
  });
});

describe('evaluating a live cell', () => {
  it('reads a name from A1 as INDEX does', () => {
    const wb: WorkbookSnapshot = { sheets: [{ name: 'S', values: [['a', 'b'], ['c', 'd']] }], names: [{ name: 'N', reference: "'S'!$A$1:$B$2" }] };
    expect(evaluate('=INDEX(N,2,2)&""', wb, 'S')).toBe('d');
    expect(evaluate('=IF(INDEX(N,1,1)&""="A","yes","no")', wb, 'S')).toBe('yes');
  });
});

describe('everything about 8.16 on the example, in one place', () => {
  it('shows its decision, its three risks and the action the team works on, as typed, without another run', async () => {
    const book = MemoryWorkbook.fromSnapshot(await exampleSnapshot());
    book.apply(generate(book.snapshot(), 'recalc', { now: '2026-11-23T09:00:00Z' }).plan);
    const edits = workOn816(book.snapshot());
    book.apply({ sheets: [...new Set(edits.map((e) => e.sheet))].map((name) => ({ name, mode: 'update', writes: edits.filter((e) => e.sheet === name).map((e) => ({ at: e.cell, cells: [[e.value as string | number]] })), formats: [], validations: [], conditionalFormats: [] })), names: [] });
    expect(everythingAbout(book.snapshot(), CONTROL)).toEqual(EVERYTHING_ABOUT_816);
  });
});
