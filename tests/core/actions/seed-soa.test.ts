/**
 * "Use Riskbook's SoA" and "Migrate SoA to 2022" from a panel: one `seedSoa` request builds
 * Riskbook's SoA from the team's, with or without a register, and the outcome's status already
 * says Riskbook's SoA is the one in use; the team's sheet is never in the plan.
 */
import type { PanelRequest, PanelResponse } from '../../../core/actions';
import { respond } from '../../../core/actions';
import { SHEETS } from '../../../core/workbook/names';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { NOW, applyPlan, headerCol, rowWhere, sheet, threeRiskRegister } from '../engine/engine-fixtures';

const options = { now: NOW };
const SEED: PanelRequest = { kind: 'seedSoa' };

/** A 2013 SoA as a team keeps it: a title, one header row, Yes/No, a justification and a status. */
function soa2013(): WorkbookSnapshot['sheets'][number] {
  const rows: CellValue[][] = [
    ['Statement of Applicability (ISO/IEC 27001:2013)'],
    [],
    ['Control', 'Control name', 'Applicable', 'Justification', 'Status'],
    ['A.5.1.1', 'Policies for information security', 'Yes', 'Board policy', 'Implemented'],
    ['A.5.1.2', 'Review of the policies for information security', 'Yes', 'Yearly review', 'Implemented'],
    ['A.6.1.2', 'Segregation of duties', 'Yes', 'Two approvers on payments', 'Implemented'],
    ['A.9.2.4', 'Management of secret authentication information of users', 'Yes', 'Password manager', 'Implemented'],
    ['A.9.3.1', 'Use of secret authentication information', 'Yes', 'Password policy', 'Planned'],
    ['A.9.4.3', 'Password management system', 'No', 'SSO only', ''],
    ['A.12.3.1', 'Information backup', 'Yes', 'Nightly backups', 'Implemented'],
    ['A.14.2.1', 'Secure development policy', 'No', 'No in-house development', ''],
  ];
  return { name: 'SoA 2013', values: rows };
}

function soa2022(): WorkbookSnapshot['sheets'][number] {
  const rows: CellValue[][] = [
    ['Control ID', 'Control', 'Applicable', 'Justification', 'Implementation status'],
    ['5.1', 'Policies for information security', 'Yes', 'Board policy', 'Implemented'],
    ['5.3', 'Segregation of duties', 'Yes', 'Two approvers on payments', 'Implemented'],
    ['5.17', 'Authentication information', 'Yes', 'Password manager', 'Implemented'],
    ['7.4', 'Physical security monitoring', 'No', 'Landlord monitors the building', ''],
    ['8.1', 'User endpoint devices', 'Yes', 'Managed laptops', 'In progress'],
    ['8.13', 'Information backup', 'Yes', 'Nightly backups', 'Implemented'],
  ];
  return { name: 'Our SoA', values: rows };
}

function ask(snapshot: WorkbookSnapshot, request: PanelRequest): PanelResponse & { after: WorkbookSnapshot } {
  const response = respond(snapshot, request, options);
  return { ...response, after: response.plan ? applyPlan(snapshot, response.plan) : snapshot };
}

function ok(r: PanelResponse) {
  if (!r.outcome.ok) throw new Error(`expected ok, got: ${r.outcome.message}`);
  return r.outcome;
}

/** A cell of Riskbook's SoA by control id and header. */
function ours(snapshot: WorkbookSnapshot, id: string, header: string): CellValue {
  const s = sheet(snapshot, SHEETS.soa);
  return s.values[rowWhere(s, 0, id)]?.[headerCol(s, header)] ?? null;
}

describe('seedSoa on a workbook that holds only a 2013 SoA', () => {
  const workbook: WorkbookSnapshot = { sheets: [soa2013()] };
  const r = ask(workbook, SEED);
  const outcome = ok(r);

  it('is offered by the status: a team SoA in 2013 numbering, in use', () => {
    expect(ok(ask(workbook, { kind: 'status' })).status.teamSoa).toEqual({ sheet: 'SoA 2013', edition: '2013', inUse: true });
  });

  it('builds Riskbook’s SoA, and never names the team’s sheet in the plan', () => {
    expect(outcome.title).toBe('SoA migrated to 2022 from "SoA 2013"');
    expect(r.plan!.sheets.map((s) => s.name)).not.toContain('SoA 2013');
    expect(sheet(r.after, 'SoA 2013').values).toEqual(workbook.sheets[0]!.values);
    expect(ours(r.after, '5.3', 'Applicable')).toBe('Yes');
    expect(ours(r.after, '5.1', 'Justification')).toBe('A.5.1.1: Board policy; A.5.1.2: Yearly review');
    expect(ours(r.after, '5.17', 'Carried from (2013)')).toBe('A.9.2.4, A.9.3.1, A.9.4.3');
  });

  it('answers with the status after: Riskbook’s SoA in use, the team’s beside it', () => {
    expect(outcome.status.sheets.soa).toBe(SHEETS.soa);
    expect(outcome.status.teamSoa).toEqual({ sheet: 'SoA 2013', edition: '2013', inUse: false });
  });

  it('shows the migration’s findings with the result: the disputed control and the new ones', () => {
    const codes = outcome.status.findings.map((f) => f.code);
    expect(codes.filter((c) => c === 'soa-migration-conflict')).toHaveLength(1);
    expect(codes.filter((c) => c === 'soa-migration-new-control')).toHaveLength(11);
    expect(outcome.status.findings.find((f) => f.code === 'soa-migration-conflict')?.message).toContain('Control 5.17 takes over A.9.2.4, A.9.3.1 (applicable) and A.9.4.3 (excluded)');
  });
});

describe('seedSoa with a decision no 2022 control can take over', () => {
  it('reports the team’s row, at its id cell, and carries the rest', () => {
    const team = soa2013();
    const withTypo = { ...team, values: [...team.values, ['A.6.1.9', 'Information security in projects', 'Yes', 'PMO checklist', 'Implemented']] };
    const outcome = ok(ask({ sheets: [withTypo] }, SEED));
    const unmapped = outcome.status.findings.filter((f) => f.code === 'soa-migration-unmapped');
    expect(unmapped).toEqual([expect.objectContaining({ sheet: 'SoA 2013', cell: 'A12', message: `'A.6.1.9' names no control of Annex A 2013: the decision on this row was not carried to '${SHEETS.soa}'.` })]);
  });
});

describe('seedSoa beside a register', () => {
  it('copies a 2022 SoA into Riskbook’s, linking the register’s risks, and leaves the team’s sheet as it was', () => {
    const workbook: WorkbookSnapshot = { sheets: [...threeRiskRegister().sheets, soa2022()] };
    const r = ask(workbook, SEED);
    const outcome = ok(r);
    expect(outcome.title).toBe(`Decisions copied from "Our SoA" into "${SHEETS.soa}"`);
    expect(sheet(r.after, 'Our SoA').values).toEqual(soa2022().values);
    expect(ours(r.after, '7.4', 'Applicable')).toBe('No');
    expect(ours(r.after, '8.1', 'Implementation status')).toBe('In progress');
    expect(ours(r.after, '5.17', 'Linked risks')).toBe('R-001');
    expect(sheet(r.after, SHEETS.soa).values.some((row) => row.includes('Carried from (2013)'))).toBe(false);
  });
});

describe('seedSoa with nothing to take over', () => {
  it('says there is no SoA of the team’s and changes nothing', () => {
    const r = respond(threeRiskRegister(), SEED, options);
    expect(r.plan).toBeNull();
    expect(r.outcome).toMatchObject({ ok: false, message: expect.stringContaining('No Statement of Applicability of your own was found') });
  });
});
