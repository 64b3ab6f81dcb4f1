/**
 * Evidence and effectiveness (issue 15 item 4): actions done with evidence and an effectiveness
 * result, an action found not effective no longer counted as treated, the SoA's implementation
 * status in step with the plan, every applicable control with an owner and a status, and SoA rows
 * reviewed within the interval. Each scenario starts from the three-risk register recalculated
 * (Riskbook's RTP and SoA), or from the team's own plan and SoA, and types what a person would.
 */
import { check, generate } from '../../../core/engine';
import type { Finding } from '../../../core/findings/finding';
import { cellsOf } from '../../../core/findings/report';
import { cellAddress } from '../../../core/workbook/a1';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { LATER, NOW, applyPlan, threeRiskRegister, typeInto } from '../engine/engine-fixtures';
import { END_OF_YEAR, TEAM_PLAN, TEAM_SOA, registerWith } from '../team-sheets/team-fixtures';

const RTP = 'Risk Treatment Plan';
const SOA = 'Statement of Applicability';

function recalculated(snapshot: WorkbookSnapshot = threeRiskRegister()): WorkbookSnapshot {
  return applyPlan(snapshot, generate(snapshot, 'recalc', { now: NOW }).plan);
}

function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  return snapshot.sheets.find((s) => s.name === name)!;
}

function headerAt(sheet: SheetSnapshot, header: string): { row: number; col: number } {
  for (let row = 0; row < sheet.values.length; row++) {
    const col = (sheet.values[row] ?? []).findIndex((v) => v === header);
    if (col >= 0) return { row, col };
  }
  throw new Error(`no ${header} on ${sheet.name}`);
}

/** The cell under `header` on the row whose `keyHeader` cell is `key` (and, for the RTP, whose control is `control`). */
function cellUnder(snapshot: WorkbookSnapshot, name: string, key: string, header: string, control?: string): { row: number; col: number } {
  const sheet = sheetOf(snapshot, name);
  const keyAt = headerAt(sheet, name === SOA ? 'Control ID' : 'Risk ID');
  const controlCol = control === undefined ? -1 : headerAt(sheet, 'Control ID').col;
  const col = headerAt(sheet, header).col;
  for (let row = keyAt.row + 1; row < sheet.values.length; row++) {
    const cells = sheet.values[row] ?? [];
    if (cells[keyAt.col] === key && (control === undefined || cells[controlCol] === control)) return { row, col };
  }
  throw new Error(`no row ${key} ${control ?? ''} on ${name}`);
}

interface Typed {
  readonly sheet: string;
  readonly key: string;
  readonly control?: string;
  readonly header: string;
  readonly value: CellValue;
}

function typed(snapshot: WorkbookSnapshot, edits: readonly Typed[]): WorkbookSnapshot {
  return edits.reduce((wb, e) => {
    const at = cellUnder(wb, e.sheet, e.key, e.header, e.control);
    return typeInto(wb, e.sheet, at.row, at.col, e.value);
  }, snapshot);
}

const addressOf = (snapshot: WorkbookSnapshot, e: Omit<Typed, 'value'>): string => {
  const at = cellUnder(snapshot, e.sheet, e.key, e.header, e.control);
  return cellAddress(at.row, at.col);
};

function findings(snapshot: WorkbookSnapshot, code: string, now = LATER): Finding[] {
  return check(snapshot, { now }).findings.filter((f) => f.code === code);
}

/** R-001's action for 5.17 marked done, with whatever else is given. */
const r001Done = (more: Partial<Record<string, CellValue>> = {}): Typed[] => [
  { sheet: RTP, key: 'R-001', control: '5.17', header: 'Status', value: 'Done' },
  ...Object.entries(more).map(([header, value]) => ({ sheet: RTP, key: 'R-001', control: '5.17', header, value: value ?? null })),
];

describe('rtp-done-without-evidence', () => {
  it('the RTP has an Evidence column beside the effectiveness columns, before Row status', () => {
    const rtp = sheetOf(recalculated(), RTP);
    const header = rtp.values[headerAt(rtp, 'Risk ID').row]!;
    expect(header.slice(-4)).toEqual(['Effectiveness review date', 'Effectiveness result', 'Evidence', 'Row status']);
  });

  it('flags an action marked done that names no evidence, at its Evidence cell, as a to-do', () => {
    const wb = typed(recalculated(), r001Done({ 'Effectiveness result': 'Effective' }));
    const cell = addressOf(wb, { sheet: RTP, key: 'R-001', control: '5.17', header: 'Evidence' });
    expect(findings(wb, 'rtp-done-without-evidence')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: RTP,
        cell,
        message: 'RTP action for risk R-001 and control 5.17 is marked done but names no evidence.',
        todo: `Add the evidence of 1 action marked done (${RTP} ${cell})`,
      }),
    ]);
  });

  it('is one to-do for every action done without evidence', () => {
    const wb = typed(recalculated(), [
      ...r001Done({ 'Effectiveness result': 'Effective' }),
      { sheet: RTP, key: 'R-002', control: '8.1', header: 'Status', value: 'done' },
      { sheet: RTP, key: 'R-002', control: '8.1', header: 'Effectiveness result', value: 'Effective' },
    ]);
    const [one, ...none] = findings(wb, 'rtp-done-without-evidence');
    expect(none).toEqual([]);
    expect(one?.message).toMatch(/^2 actions marked done name no evidence/);
  });

  it('asks nothing of an action done with its evidence, or of an open one', () => {
    const wb = typed(recalculated(), [...r001Done({ Evidence: 'CHG-1042', 'Effectiveness result': 'Effective' })]);
    expect(findings(wb, 'rtp-done-without-evidence')).toEqual([]);
    expect(findings(recalculated(), 'rtp-done-without-evidence')).toEqual([]);
  });

  it('reads a column a person added for it ("Proof") as the evidence, and adds none of its own beside it', () => {
    // An RTP from before Riskbook had the column, with the person's own on the right.
    const first = recalculated();
    const rtp = sheetOf(first, RTP);
    const header = headerAt(rtp, 'Evidence');
    const withoutOurs: WorkbookSnapshot = {
      ...first,
      sheets: first.sheets.map((s) => (s.name !== RTP ? s : { ...s, values: s.values.map((row) => [...row.slice(0, header.col), ...row.slice(header.col + 1)]) })),
    };
    const proofCol = (withoutOurs.sheets.find((s) => s.name === RTP)!.values[header.row] ?? []).length + 1;
    let wb = typeInto(withoutOurs, RTP, header.row, proofCol, 'Proof');
    wb = typed(wb, r001Done({ 'Effectiveness result': 'Effective' }));
    const r001 = cellUnder(wb, RTP, 'R-001', 'Status', '5.17').row;
    expect(findings(wb, 'rtp-done-without-evidence').map((f) => f.cell)).toEqual([cellAddress(r001, proofCol)]);
    const proven = typeInto(wb, RTP, r001, proofCol, 'Ticket OPS-77');
    expect(findings(proven, 'rtp-done-without-evidence')).toEqual([]);
    // Recalculated, the person's column stays theirs, with what they typed, and no Evidence column joins it.
    const again = applyPlan(proven, generate(proven, 'recalc', { now: LATER }).plan);
    const after = sheetOf(again, RTP);
    const headers = after.values[headerAt(after, 'Risk ID').row]!;
    expect(headers).not.toContain('Evidence');
    expect(headers).toContain('Proof');
    const proofNow = headers.indexOf('Proof');
    expect(after.values[cellUnder(again, RTP, 'R-001', 'Status', '5.17').row]![proofNow]).toBe('Ticket OPS-77');
  });
});

describe('rtp-done-without-effectiveness', () => {
  it('flags an action marked done with no effectiveness result, as a to-do', () => {
    const wb = typed(recalculated(), r001Done({ Evidence: 'CHG-1042' }));
    const cell = addressOf(wb, { sheet: RTP, key: 'R-001', control: '5.17', header: 'Effectiveness result' });
    expect(findings(wb, 'rtp-done-without-effectiveness')).toEqual([
      expect.objectContaining({
        cell,
        message: 'RTP action for risk R-001 and control 5.17 is marked done but has no effectiveness result.',
        todo: `Record whether 1 action marked done was effective (${RTP} ${cell})`,
      }),
    ]);
  });

  it('is satisfied by any result, "Not effective" included', () => {
    const wb = typed(recalculated(), r001Done({ Evidence: 'CHG-1042', 'Effectiveness result': 'Partly effective' }));
    expect(findings(wb, 'rtp-done-without-effectiveness')).toEqual([]);
  });
});

describe('rtp-not-effective-but-treated', () => {
  const notEffective = (): WorkbookSnapshot => typed(recalculated(), r001Done({ Evidence: 'CHG-1042', 'Effectiveness result': 'Not effective' }));

  it('flags an action found not effective while the register still rates its risk below its inherent level', () => {
    const wb = notEffective();
    expect(findings(wb, 'rtp-not-effective-but-treated')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        cell: addressOf(wb, { sheet: RTP, key: 'R-001', control: '5.17', header: 'Effectiveness result' }),
        message: 'RTP action for risk R-001 and control 5.17 was found "Not effective", yet the register still rates R-001 at residual level Medium, below its inherent level High, as if treated.',
      }),
    ]);
  });

  it('clears once the residual risk is re-assessed at its inherent level', () => {
    const register = sheetOf(threeRiskRegister(), 'Risk register');
    const r001 = register.values.findIndex((r) => r[0] === 'R-001');
    let wb = typeInto(notEffective(), 'Risk register', r001, 8, 4);
    wb = typeInto(wb, 'Risk register', r001, 9, 5);
    expect(findings(wb, 'rtp-not-effective-but-treated')).toEqual([]);
  });

  it('reads "No" under a team plan column headed "Effective" as not effective', () => {
    const plan: SheetSnapshot = {
      name: TEAM_PLAN,
      values: [
        ['Risk ID', 'Action', 'Action owner', 'Due date', 'Status', 'Effective', 'Evidence'],
        ['R-001', 'Roll out phishing-resistant MFA', 'Head of IT', END_OF_YEAR, 'Completed', 'No', 'CHG-1042'],
      ],
    };
    expect(findings(registerWith(plan), 'rtp-not-effective-but-treated').map((f) => [f.sheet, f.cell])).toEqual([[TEAM_PLAN, 'F2']]);
  });
});

describe("the team's own plan", () => {
  it('is asked for evidence and a result only where it keeps columns for them ("Nachweis", "Wirksamkeit")', () => {
    const plan = (headers: readonly string[], cells: readonly CellValue[]): SheetSnapshot => ({
      name: TEAM_PLAN,
      values: [
        ['Risk ID', 'Action', 'Action owner', 'Due date', 'Status', ...headers],
        ['R-001', 'Roll out phishing-resistant MFA', 'Head of IT', END_OF_YEAR, 'Erledigt', ...cells],
      ],
    });
    const bare = registerWith(plan([], []));
    expect(findings(bare, 'rtp-done-without-evidence')).toEqual([]);
    expect(findings(bare, 'rtp-done-without-effectiveness')).toEqual([]);
    const kept = registerWith(plan(['Nachweis', 'Wirksamkeit'], [null, null]));
    expect(findings(kept, 'rtp-done-without-evidence').map((f) => [f.sheet, f.cell])).toEqual([[TEAM_PLAN, 'F2']]);
    expect(findings(kept, 'rtp-done-without-effectiveness').map((f) => [f.sheet, f.cell])).toEqual([[TEAM_PLAN, 'G2']]);
  });
});

describe('soa-rtp-status-disagree', () => {
  it('flags a control the SoA calls implemented while its action is still open', () => {
    const wb = typed(recalculated(), [
      { sheet: RTP, key: 'R-001', control: '5.17', header: 'Status', value: 'In progress' },
      { sheet: SOA, key: '5.17', header: 'Implementation status', value: 'Implemented' },
    ]);
    expect(findings(wb, 'soa-rtp-status-disagree')).toEqual([
      expect.objectContaining({
        sheet: SOA,
        cell: addressOf(wb, { sheet: SOA, key: '5.17', header: 'Implementation status' }),
        message: "Control 5.17 is 'Implemented' on the SoA, but 1 of its 1 actions on 'Risk Treatment Plan' are not done (R-001 In progress).",
      }),
    ]);
  });

  it('flags a control still "Planned" on the SoA whose actions are all done', () => {
    const wb = typed(recalculated(), [...r001Done({ Evidence: 'CHG-1042', 'Effectiveness result': 'Effective' }), { sheet: SOA, key: '5.17', header: 'Implementation status', value: 'Planned' }]);
    expect(findings(wb, 'soa-rtp-status-disagree').map((f) => f.message)).toEqual([
      "Control 5.17 is 'Planned' on the SoA, but its 1 action(s) on 'Risk Treatment Plan' are all done.",
    ]);
  });

  it('finds a status in step, a partial one, or a control the plan does not act on, agreeing', () => {
    const inStep = typed(recalculated(), [...r001Done(), { sheet: SOA, key: '5.17', header: 'Implementation status', value: 'Implemented' }]);
    const partial = typed(recalculated(), [{ sheet: SOA, key: '5.17', header: 'Implementation status', value: 'Partially implemented' }]);
    const unplanned = typed(recalculated(), [{ sheet: SOA, key: '5.1', header: 'Implementation status', value: 'Not started' }]);
    for (const wb of [inStep, partial, unplanned]) expect(findings(wb, 'soa-rtp-status-disagree')).toEqual([]);
  });

  it("compares the team's plan with the team's SoA", () => {
    const plan: SheetSnapshot = {
      name: TEAM_PLAN,
      values: [
        ['Risk ID', 'Control', 'Action', 'Action owner', 'Due date', 'Status'],
        ['R-001', '5.17', 'Roll out phishing-resistant MFA', 'Head of IT', END_OF_YEAR, 'In progress'],
      ],
    };
    const soa: SheetSnapshot = {
      name: TEAM_SOA,
      values: [
        ['Control ID', 'Control', 'Applicable', 'Justification', 'Implementation status'],
        ['5.17', 'Authentication information', 'Yes', 'Risk R-001', 'Implemented'],
      ],
    };
    expect(findings(registerWith(plan, soa), 'soa-rtp-status-disagree').map((f) => [f.sheet, f.cell])).toEqual([[TEAM_SOA, 'E2']]);
  });
});

describe('soa-owner-missing and soa-status-missing', () => {
  it('ask an owner and a status of every applicable control, one to-do each', () => {
    const wb = recalculated();
    const [owners] = findings(wb, 'soa-owner-missing');
    const [statuses] = findings(wb, 'soa-status-missing');
    expect(owners?.todo).toMatch(/^Name the owners of \d+ applicable controls \(Statement of Applicability Q\d+/);
    expect(statuses?.todo).toMatch(/^Set the implementation status of \d+ applicable controls \(Statement of Applicability N\d+/);
  });

  it('ask nothing of a control that is excluded or decided with both', () => {
    const wb = typed(recalculated(), [
      { sheet: SOA, key: '5.17', header: 'Control owner', value: 'Head of IT' },
      { sheet: SOA, key: '5.17', header: 'Implementation status', value: 'Planned' },
      { sheet: SOA, key: '8.1', header: 'Applicable', value: 'No' },
    ]);
    const cells = (code: string): string[] => findings(wb, code).flatMap(cellsOf);
    const owners = cells('soa-owner-missing');
    expect(owners).not.toContain(addressOf(wb, { sheet: SOA, key: '5.17', header: 'Control owner' }));
    expect(owners).not.toContain(addressOf(wb, { sheet: SOA, key: '8.1', header: 'Control owner' }));
    expect(owners).toContain(addressOf(wb, { sheet: SOA, key: '8.24', header: 'Control owner' }));
    expect(cells('soa-status-missing')).not.toContain(addressOf(wb, { sheet: SOA, key: '5.17', header: 'Implementation status' }));
  });

  it("ask nothing of a team SoA that keeps no owner column", () => {
    const soa: SheetSnapshot = {
      name: TEAM_SOA,
      values: [
        ['Control ID', 'Control', 'Applicable', 'Justification', 'Implementation status'],
        ['5.17', 'Authentication information', 'Yes', 'Risk R-001', ''],
      ],
    };
    const wb = registerWith(soa);
    expect(findings(wb, 'soa-owner-missing')).toEqual([]);
    expect(findings(wb, 'soa-status-missing').map((f) => [f.sheet, f.cell])).toEqual([[TEAM_SOA, 'E2']]);
  });
});

describe('soa-review-overdue', () => {
  it('flags a control last reviewed longer ago than the review interval, and not one never reviewed', () => {
    // 2025-10-01 is 419 days before LATER; the method reviews every 365 days.
    const wb = typed(recalculated(), [
      { sheet: SOA, key: '5.17', header: 'Last reviewed', value: 45931 },
      { sheet: SOA, key: '8.1', header: 'Last reviewed', value: 46296 },
    ]);
    expect(findings(wb, 'soa-review-overdue')).toEqual([
      expect.objectContaining({
        cell: addressOf(wb, { sheet: SOA, key: '5.17', header: 'Last reviewed' }),
        message: 'Control 5.17 was last reviewed on 2025-10-01, more than 365 days ago.',
      }),
    ]);
  });
});
