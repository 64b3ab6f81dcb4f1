import { serialFromIso } from '../../../core/dates';
import { nonPortableFunctions } from '../../../core/formula/allow-list';
import { registerRuleContext } from '../../../core/outputs/rule-context';
import { RTP_ORPHANED, readRtp, rtpRules, rtpSheetPlan } from '../../../core/outputs/rtp';
import type { RtpInput } from '../../../core/outputs/rtp';
import { NAMES, SHEETS } from '../../../core/workbook/names';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { stampLine } from '../../../core/workbook/stamp';
import { treatedPairs } from '../../../core/outputs/links';
import {
  EMPTY_WORKBOOK,
  RISK_SPECS,
  REGISTER_LOCATION,
  STAMP,
  applied,
  catalogue,
  edited,
  methodology5x5,
  risks,
  risksWith,
  stampAt,
  withInsertedColumn,
  withInsertedRows,
} from './fixtures';
import { expectGolden } from './golden';
import { readTable, rowWhere } from './read-table';

const input = (workbook: WorkbookSnapshot = EMPTY_WORKBOOK, overrides: Partial<RtpInput> = {}): RtpInput => ({
  workbook,
  risks: risks(),
  methodology: methodology5x5(),
  catalogue: catalogue(),
  stamp: STAMP,
  ...overrides,
});

function generate(workbook: WorkbookSnapshot = EMPTY_WORKBOOK, overrides: Partial<RtpInput> = {}): WorkbookSnapshot {
  return applied(workbook, rtpSheetPlan(input(workbook, overrides)).sheet);
}

const rtpTable = (wb: WorkbookSnapshot) => readTable(wb, SHEETS.rtp, 'Risk ID');
const find = (wb: WorkbookSnapshot, riskId: string, controlId: string) =>
  rowWhere(rtpTable(wb).rows, (r) => r['Risk ID'] === riskId && (r['Control ID'] ?? '') === controlId);

/** A person fills in the plan for R-14 / 5.17. */
function planR14(wb: WorkbookSnapshot): WorkbookSnapshot {
  const row = find(wb, 'R-14', '5.17').__row;
  return edited(wb, SHEETS.rtp, (v) => {
    v[row]![6] = 'Enforce MFA on all cloud console roles';
    v[row]![7] = 'Marta Klein';
    v[row]![8] = serialFromIso('2025-06-30');
    v[row]![9] = '2 engineer-days';
    v[row]![10] = 'In progress';
  });
}

describe('Risk Treatment Plan sheet', () => {
  it('has a row per treated (risk, control) pair in register order, none for accepted risks', () => {
    const { rows } = rtpTable(generate());
    expect(rows.map((r) => `${r['Risk ID']}|${r['Control ID'] ?? ''}`)).toEqual([
      'R-01|6.3',
      'R-01|5.17',
      'R-07|8.13',
      'R-07|5.30',
      'R-09|8.24',
      'R-09|8.13',
      'R-14|5.17',
      'R-14|8.16',
      'R-14|8.9',
      'R-18|5.23',
      'R-22|5.18',
      'R-22|8.15',
      'R-22|ACME-01',
      'R-31|',
    ]);
  });

  it('fills the derived columns from the register, the method and the catalogue', () => {
    const r14 = find(generate(), 'R-14', '8.16');
    expect(r14).toMatchObject({
      'Risk summary': 'Misconfigured cloud IAM roles',
      'Inherent level': 'High',
      Treatment: 'Mitigate',
      'Control title': 'Monitoring activities',
      'Row status': null,
    });
  });

  it('uses the description when a risk has no threat, and gives a risk avoided without a control one row for its action', () => {
    const r31 = find(generate(), 'R-31', '');
    expect(r31['Risk summary']).toBe('Teams adopt unapproved SaaS tools (shadow IT)');
    expect(r31['Control ID']).toBeNull();
  });

  it('maps a cited 2013 control to its 2022 successor', () => {
    expect(find(generate(), 'R-22', '8.15')['Control title']).toBe('Logging');
  });

  it('suggests the risk owner and the residual level for a new row', () => {
    const r14 = find(generate(), 'R-14', '5.17');
    expect(r14['Action owner']).toBe('Priya Shah');
    expect(r14['Expected residual level']).toBe('Medium');
    expect(r14['Action']).toBeNull();
  });

  it('keeps every cell a person typed, under the same risk and control, after regeneration', () => {
    const typed = planR14(generate());
    const again = generate(typed, { stamp: stampAt('2025-04-01T08:00:00Z') });
    expect(find(again, 'R-14', '5.17')).toMatchObject({
      Action: 'Enforce MFA on all cloud console roles',
      'Action owner': 'Marta Klein',
      'Due date': serialFromIso('2025-06-30'),
      Resources: '2 engineer-days',
      Status: 'In progress',
    });
  });

  it('writes the owner suggestion once: an owner a person cleared stays cleared', () => {
    const first = generate();
    const row = find(first, 'R-14', '8.9').__row;
    const cleared = edited(first, SHEETS.rtp, (v) => (v[row]![7] = null));
    expect(find(generate(cleared), 'R-14', '8.9')['Action owner']).toBeNull();
  });

  it('refreshes derived columns when the register changes but leaves the plan alone', () => {
    const typed = planR14(generate());
    const after = generate(typed, { risks: risksWith('R-14', { threat: 'Over-privileged cloud IAM roles', l: 3 }) });
    const row = find(after, 'R-14', '5.17');
    expect(row['Risk summary']).toBe('Over-privileged cloud IAM roles');
    expect(row['Inherent level']).toBe('High');
    expect(row['Action owner']).toBe('Marta Klein');
  });

  it('keeps a column a person added between its own columns, with its header and cells', () => {
    const first = planR14(generate());
    const r14 = find(first, 'R-14', '5.17').__row;
    const header = rtpTable(first).headerRow;
    const withJira = withInsertedColumn(first, SHEETS.rtp, 7, (r) => (r === header ? 'Jira ticket' : r === r14 ? 'SEC-412' : null));
    const again = generate(withJira);
    const table = rtpTable(again);
    expect(table.headers[table.headers.length - 1]).toBe('Jira ticket');
    expect(find(again, 'R-14', '5.17')).toMatchObject({ 'Jira ticket': 'SEC-412', 'Action owner': 'Marta Klein' });
  });

  it('keeps a row whose control left the register, marked orphaned, and reports it', () => {
    const typed = planR14(generate());
    const r14 = find(typed, 'R-14', '8.9').__row;
    const withAction = edited(typed, SHEETS.rtp, (v) => (v[r14]![6] = 'Baseline IaC templates'));
    const result = rtpSheetPlan(input(withAction, { risks: risksWith('R-14', { controls: ['5.17', '8.16'] }) }));
    expect(result.orphaned).toEqual(['R-14 · 8.9']);
    const after = applied(withAction, result.sheet);
    expect(find(after, 'R-14', '8.9')).toMatchObject({ 'Row status': RTP_ORPHANED, Action: 'Baseline IaC templates' });
    const { rows } = rtpTable(after);
    expect(rows[rows.length - 1]!['Control ID']).toBe('8.9');
  });

  it('keeps the rows of a risk that is now accepted, orphaned', () => {
    const result = rtpSheetPlan(input(generate(), { risks: risksWith('R-18', { treatment: 'accept' }) }));
    expect(result.orphaned).toEqual(['R-18 · 5.23']);
  });

  it('reports the keys of rows added since the last regeneration', () => {
    const result = rtpSheetPlan(input(generate(), { risks: risksWith('R-14', { controls: ['5.17', '8.16', '8.9', '5.18'] }) }));
    expect(result.added).toEqual(['R-14 · 5.18']);
    expect(result.orphaned).toEqual([]);
  });

  it('keeps a second row a person added for the same risk and control next to the first', () => {
    const first = planR14(generate());
    const { rows } = rtpTable(first);
    const last = rows[rows.length - 1]!.__row;
    const extra = edited(first, SHEETS.rtp, (v) => {
      v[last + 1] = ['R-14', null, null, null, '5.17', null, 'Rotate break-glass credentials', 'Ops on call'];
    });
    const again = rtpTable(generate(extra)).rows;
    const i = again.findIndex((r) => r['Action'] === 'Rotate break-glass credentials');
    expect(again[i - 1]!['Action']).toBe('Enforce MFA on all cloud console roles');
    expect(again[i]!['Risk summary']).toBe('Misconfigured cloud IAM roles');
    expect(again[i]!['Row status']).toBeNull();
  });

  it('finds its table below rows a person inserted above it, and keeps those rows', () => {
    const moved = withInsertedRows(planR14(generate()), SHEETS.rtp, 2, ['Reviewed by the ISMS committee on 2025-03-20']);
    const again = generate(moved);
    const table = rtpTable(again);
    expect(table.headerRow).toBe(4);
    expect(again.sheets[0]!.values[2]![0]).toBe('Reviewed by the ISMS committee on 2025-03-20');
    expect(find(again, 'R-14', '5.17')['Action owner']).toBe('Marta Klein');
  });

  it('gives the same plan when regenerated twice', () => {
    const once = rtpSheetPlan(input(planR14(generate())));
    const twice = rtpSheetPlan(input(applied(planR14(generate()), once.sheet)));
    expect(twice.sheet).toEqual(once.sheet);
  });

  it('is laid out for print and filtering: title, stamp, bold dark header frozen and repeated', () => {
    const { sheet } = rtpSheetPlan(input());
    const cells = sheet.writes[0]!.cells;
    expect(sheet.mode).toBe('replace');
    expect(cells[0]![0]).toBe('Risk Treatment Plan (ISO/IEC 27001:2022 clause 6.1.3 e)');
    expect(cells[1]![0]).toBe(stampLine(STAMP));
    expect(cells[2]!.every((c) => c === null)).toBe(true);
    expect(cells[3]![0]).toBe('Risk ID');
    expect(sheet.frozenRows).toBe(4);
    expect(sheet.autoFilter).toBe('A4:R18');
    expect(sheet.pageSetup).toEqual({ orientation: 'landscape', paperSize: 'A4', pagesWide: 1, printTitleRows: '4:4', printTitleColumns: 'A:B' });
    expect(sheet.formats).toContainEqual(
      expect.objectContaining({ range: 'A4:R4', bold: true, fill: '#1F3864', fontColor: '#FFFFFF', wrap: true }),
    );
  });

  it('offers the status and effectiveness dropdowns from named ranges, and dates as yyyy-mm-dd', () => {
    const { sheet } = rtpSheetPlan(input());
    expect(sheet.validations).toContainEqual(expect.objectContaining({ range: 'K5:K68', rule: { kind: 'list', namedRange: NAMES.actionStatus } }));
    expect(sheet.validations).toContainEqual(expect.objectContaining({ range: 'P5:P68', rule: { kind: 'list', namedRange: NAMES.effectivenessResult } }));
    expect(sheet.formats).toContainEqual({ range: 'I5:I68', numberFormat: 'yyyy-mm-dd' });
  });

  it('highlights overdue open actions in light red with a portable formula', () => {
    const { sheet } = rtpSheetPlan(input());
    const overdue = sheet.conditionalFormats[0]!;
    expect(overdue).toEqual({
      range: 'A5:R68',
      formula: '=AND(ISNUMBER($I5),$I5<TODAY(),$K5<>"Done",$K5<>"Cancelled")',
      fill: '#FFC7CE',
    });
    for (const cf of sheet.conditionalFormats) expect(nonPortableFunctions(cf.formula)).toEqual([]);
  });

  it('writes free text that looks like a formula as plain text', () => {
    const wb = generate(EMPTY_WORKBOOK, { risks: risksWith('R-14', { threat: '=HYPERLINK("http://evil")' }) });
    const row = find(wb, 'R-14', '5.17');
    expect(row['Risk summary']).toBe('=HYPERLINK("http://evil")');
  });

  it('matches the golden plan for the fixture register', () => {
    expectGolden('rtp', rtpSheetPlan(input()).sheet);
  });
});

describe('readRtp', () => {
  it('returns null when the workbook has no RTP', () => {
    expect(readRtp(EMPTY_WORKBOOK)).toBeNull();
  });

  it('reads the plan back with dates as serials and cell addresses for findings', () => {
    const rows = readRtp(planR14(generate()))!;
    const r14 = rows.find((r) => r.key === 'R-14 · 5.17')!;
    expect(r14).toMatchObject({ owner: 'Marta Klein', dueDate: serialFromIso('2025-06-30'), status: 'In progress', orphaned: false });
    expect(r14.cells.owner).toBe('H11');
  });
});

describe('RTP rows for risks that share an id', () => {
  it('plans each (risk, control) pair once, whichever of them cites it', () => {
    const twice = risks([
      ...RISK_SPECS,
      // The id typed twice: its controls are planned once each, the new one added.
      { id: 'r-01 ', threat: 'Phishing again', owner: 'Dana Ito', l: 4, i: 4, treatment: 'mitigate', controls: ['5.17', '8.16', '6.3'] },
    ]);
    const pairs = treatedPairs(twice).filter((p) => p.risk.id.trim().toUpperCase() === 'R-01').map((p) => p.controlId);
    expect(pairs).toEqual(['6.3', '5.17', '8.16']);
  });
});

describe('RTP rules', () => {
  const ctx = registerRuleContext(REGISTER_LOCATION);
  const method = methodology5x5();
  const today = serialFromIso('2025-07-15')!;
  const codes = (fs: { code: string }[]) => fs.map((f) => f.code);

  /** Every row planned, owned and due in the future, so only the case under test is flagged. */
  function fullyPlanned(): WorkbookSnapshot {
    const wb = generate();
    const { rows } = rtpTable(wb);
    return edited(wb, SHEETS.rtp, (v) => {
      for (const r of rows) {
        v[r.__row]![6] = 'Planned action';
        v[r.__row]![7] = 'Owner';
        v[r.__row]![8] = serialFromIso('2025-12-31');
        v[r.__row]![10] = 'In progress';
      }
    });
  }

  it('flags nothing in a complete, current plan', () => {
    expect(rtpRules(risks(), readRtp(fullyPlanned()), method, today, ctx)).toEqual([]);
  });

  it('says once, at the register header, with the number of treated risks, that there is no RTP sheet', () => {
    expect(rtpRules(risks(), null, method, today, ctx)).toEqual([
      expect.objectContaining({ code: 'rtp-not-found', sheet: REGISTER_LOCATION.sheet, cell: ctx.headerCell, message: '7 risk(s) are to be treated, but the workbook has no Risk Treatment Plan sheet.' }),
    ]);
  });

  it('says nothing about a missing RTP when no risk is treated', () => {
    expect(rtpRules([], null, method, today, ctx)).toEqual([]);
  });

  it('flags a treated risk and control pair that has no RTP row', () => {
    const more = risksWith('R-14', { controls: ['5.17', '8.16', '8.9', '5.18'] });
    const fs = rtpRules(more, readRtp(fullyPlanned()), method, today, ctx);
    expect(fs).toEqual([expect.objectContaining({ code: 'rtp-row-missing', cell: 'A8', message: expect.stringContaining('control 5.18') })]);
  });

  it('flags an RTP row that no longer matches the register', () => {
    const fs = rtpRules(risksWith('R-14', { controls: ['5.17', '8.16'] }), readRtp(fullyPlanned()), method, today, ctx);
    expect(fs).toEqual([expect.objectContaining({ code: 'rtp-orphaned-row', sheet: SHEETS.rtp, message: 'RTP row for risk R-14 and control 8.9 no longer matches the register.' })]);
  });

  it('flags an action with no owner at its owner cell', () => {
    const wb = fullyPlanned();
    const row = find(wb, 'R-07', '8.13').__row;
    const fs = rtpRules(risks(), readRtp(edited(wb, SHEETS.rtp, (v) => (v[row]![7] = null))), method, today, ctx);
    expect(fs).toEqual([expect.objectContaining({ code: 'rtp-owner-missing', cell: `H${row + 1}` })]);
  });

  it('does not ask a cancelled action for an owner or a due date', () => {
    const wb = fullyPlanned();
    const row = find(wb, 'R-07', '8.13').__row;
    const cancelled = edited(wb, SHEETS.rtp, (v) => {
      v[row]![7] = null;
      v[row]![8] = null;
      v[row]![10] = 'Cancelled';
    });
    expect(rtpRules(risks(), readRtp(cancelled), method, today, ctx)).toEqual([]);
  });

  it('flags an open action with no due date', () => {
    const wb = fullyPlanned();
    const row = find(wb, 'R-31', '').__row;
    const fs = rtpRules(risks(), readRtp(edited(wb, SHEETS.rtp, (v) => (v[row]![8] = null))), method, today, ctx);
    expect(codes(fs)).toEqual(['rtp-due-missing']);
    expect(fs[0]!.message).toBe('RTP action for risk R-31 and control (none) has no due date.');
  });

  it('says once that the actions of a plan just written have no due date, with every cell', () => {
    const wb = generate();
    const { rows } = rtpTable(wb);
    const fs = rtpRules(risks(), readRtp(wb), method, today, ctx).filter((f) => f.code === 'rtp-due-missing');
    const first = rows[0]!.__row + 1;
    const last = rows[rows.length - 1]!.__row + 1;
    expect(fs).toEqual([
      {
        severity: 'warning',
        code: 'rtp-due-missing',
        sheet: SHEETS.rtp,
        cell: `I${first}`,
        cells: [`I${first}:I${last}`],
        message: `${rows.length} RTP actions have no due date (I${first}:I${last}).`,
        fix: 'Enter the date each action is due.',
        todo: `Fill in the due dates of ${rows.length} actions (${SHEETS.rtp} I${first}:I${last})`,
      },
    ]);
  });

  it('names the undated cells as ranges around the dated ones, and counts only open actions without a date', () => {
    const wb = fullyPlanned();
    const { rows } = rtpTable(wb);
    const [a, b, c, d, e] = rows.map((r) => r.__row);
    const undated = edited(wb, SHEETS.rtp, (v) => {
      for (const r of [a!, b!, d!, e!]) v[r]![8] = null;
      // "Q3" is a plan, just not a checkable date; a done action needs none.
      v[c!]![8] = 'Q3';
      v[e!]![10] = 'Done';
    });
    const [f, ...rest] = rtpRules(risks(), readRtp(undated), method, today, ctx).filter((x) => x.code === 'rtp-due-missing');
    expect(rest).toEqual([]);
    expect(f!.cells).toEqual([`I${a! + 1}:I${b! + 1}`, `I${d! + 1}`]);
    expect(f!.message).toBe(`3 RTP actions have no due date (I${a! + 1}:I${b! + 1} and I${d! + 1}).`);
  });

  it('flags an action past its due date that is not done, with the date and status', () => {
    const wb = fullyPlanned();
    const row = find(wb, 'R-14', '5.17').__row;
    const late = edited(wb, SHEETS.rtp, (v) => (v[row]![8] = serialFromIso('2025-06-30')));
    const fs = rtpRules(risks(), readRtp(late), method, today, ctx);
    expect(fs).toEqual([
      expect.objectContaining({
        code: 'rtp-overdue',
        cell: `I${row + 1}`,
        message: 'RTP action for risk R-14 and control 5.17 was due on 2025-06-30 and is In progress.',
      }),
    ]);
  });

  it('does not flag a done action past its due date', () => {
    const wb = fullyPlanned();
    const row = find(wb, 'R-14', '5.17').__row;
    const done = edited(wb, SHEETS.rtp, (v) => {
      v[row]![8] = serialFromIso('2025-06-30');
      v[row]![10] = 'Done';
    });
    expect(rtpRules(risks(), readRtp(done), method, today, ctx)).toEqual([]);
  });

  it('reads a due date typed as YYYY-MM-DD text', () => {
    const wb = fullyPlanned();
    const row = find(wb, 'R-14', '5.17').__row;
    const late = edited(wb, SHEETS.rtp, (v) => (v[row]![8] = '2025-07-01'));
    expect(codes(rtpRules(risks(), readRtp(late), method, today, ctx))).toEqual(['rtp-overdue']);
  });
});

describe('One cause, one finding: the RTP does not repeat what the register already reports', () => {
  const ctx = registerRuleContext(REGISTER_LOCATION);
  const method = methodology5x5();
  const today = serialFromIso('2025-07-15')!;
  const keysOf = (rs: ReturnType<typeof risks>) => treatedPairs(rs).map((p) => `${p.risk.id}|${p.controlId}`);

  it('plans no row for a Mitigate risk that cites no control (mitigate-without-controls is its finding)', () => {
    const rs = risksWith('R-18', { treatment: 'mitigate', controls: [] });
    expect(keysOf(rs).filter((k) => k.startsWith('R-18'))).toEqual([]);
    const wb = generate(EMPTY_WORKBOOK, { risks: rs });
    expect(rtpTable(wb).rows.some((r) => r['Risk ID'] === 'R-18')).toBe(false);
    expect(rtpRules(rs, readRtp(wb), method, today, ctx).filter((f) => f.message.includes('R-18'))).toEqual([]);
  });

  it('plans no row for an id the catalogue does not know (control-unknown is its finding), only for the known ones beside it', () => {
    expect(keysOf(risksWith('R-18', { controls: ['5.99'] })).filter((k) => k.startsWith('R-18'))).toEqual([]);
    expect(keysOf(risksWith('R-18', { controls: ['5.99', '5.23'] })).filter((k) => k.startsWith('R-18'))).toEqual(['R-18|5.23']);
    // Not even the row a risk transferred without a control would have: the typo is the one cause.
    expect(keysOf(risksWith('R-18', { treatment: 'transfer', controls: ['5.99'] })).filter((k) => k.startsWith('R-18'))).toEqual([]);
  });

  it('still plans one row for the action of a risk transferred or avoided without a control', () => {
    expect(keysOf(risksWith('R-18', { controls: [] })).filter((k) => k.startsWith('R-18'))).toEqual(['R-18|']);
    expect(keysOf(risks()).filter((k) => k.startsWith('R-31'))).toEqual(['R-31|']);
  });

  it('says once that the actions planned for a risk without an owner have no owner yet', () => {
    const rs = risksWith('R-14', { owner: '' });
    const wb = generate(EMPTY_WORKBOOK, { risks: rs });
    const rows = rtpTable(wb).rows.filter((r) => r['Risk ID'] === 'R-14').map((r) => r.__row);
    const owners = rtpRules(rs, readRtp(wb), method, today, ctx).filter((f) => f.code === 'rtp-owner-missing');
    expect(owners).toEqual([
      expect.objectContaining({ cell: `H${rows[0]! + 1}`, cells: [`H${rows[0]! + 1}:H${rows[2]! + 1}`], message: `3 RTP actions have no owner (H${rows[0]! + 1}:H${rows[2]! + 1}).` }),
    ]);
  });

  it('counts, for a workbook without an RTP, only the risks that have rows to plan', () => {
    const rs = risksWith('R-18', { treatment: 'mitigate', controls: [] });
    expect(rtpRules(rs, null, method, today, ctx)[0]!.message).toBe('6 risk(s) are to be treated, but the workbook has no Risk Treatment Plan sheet.');
  });
});
