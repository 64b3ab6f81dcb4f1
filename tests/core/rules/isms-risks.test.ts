/**
 * ISMS-level risks (Clause 6.1.1): a risk type read from the team's own column, in the register's
 * languages; a risk to the ISMS itself may be treated by an action instead of an Annex A control.
 * Such a risk citing no control raises no `mitigate-without-controls`, gets a row of its own in
 * Riskbook's plan, and `isms-risk-without-action` while no plan row names its action.
 */
import { generate } from '../../../core/engine';
import type { Finding } from '../../../core/findings/finding';
import { RTP_HEADERS } from '../../../core/outputs/rtp';
import { parseRiskType } from '../../../core/register/risk-type-words';
import { SHEETS } from '../../../core/workbook/names';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { NOW, applyPlan, headerCol, rowWhere, sheet, typeInto } from '../engine/engine-fixtures';

const REGISTER = 'Risks';

/** A register with a type column: two ISMS-level risks treated by actions alone, one security risk citing no control. */
function registerWithTypes(typeHeader = 'Risk type', ismsWord = 'ISMS'): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ['Risk ID', 'Threat', 'Risk owner', typeHeader, 'Likelihood', 'Impact', 'Treatment', 'Controls', 'Residual likelihood', 'Residual impact', 'Last review'],
    ['R-1', 'Too few people to run the ISMS', 'CEO', ismsWord, 4, 4, 'Mitigate', null, 2, 3, 46296],
    ['R-2', 'Management review skipped for two years', 'CEO', ismsWord, 3, 4, 'Mitigate', null, 2, 3, 46296],
    ['R-3', 'Laptop theft', 'Head of IT', 'Information security', 3, 4, 'Mitigate', null, 2, 3, 46296],
    ['R-4', 'Phishing', 'Head of IT', null, 3, 4, 'Mitigate', '5.17', 2, 3, 46296],
  ];
  return { sheets: [{ name: REGISTER, values: rows }] };
}

const codesOn = (findings: readonly Finding[], code: string): Finding[] => findings.filter((f) => f.code === code);

function recalc(snapshot: WorkbookSnapshot): { after: WorkbookSnapshot; findings: Finding[] } {
  const result = generate(snapshot, 'recalc', { now: NOW });
  return { after: applyPlan(snapshot, result.plan), findings: result.findings };
}

describe('ISMS-level risks treated by an action', () => {
  it('raise no mitigate-without-controls, which still holds for an information security risk', () => {
    const { findings } = recalc(registerWithTypes());
    expect(codesOn(findings, 'mitigate-without-controls').map((f) => f.cell)).toEqual(['H4']);
  });

  it("get a row of their own in Riskbook's plan, keyed by the risk id alone, for the action", () => {
    const { after } = recalc(registerWithTypes());
    const rtp = sheet(after, SHEETS.rtp);
    const idCol = headerCol(rtp, RTP_HEADERS.riskId);
    const controlCol = headerCol(rtp, RTP_HEADERS.controlId);
    for (const id of ['R-1', 'R-2']) expect(rtp.values[rowWhere(rtp, idCol, id)]?.[controlCol] ?? null).toBeNull();
    // The information security risk citing no control gets none: its one cause is reported on the register.
    expect(rtp.values.some((row) => row[idCol] === 'R-3')).toBe(false);
  });

  it('are reported once, as a line of the to-do list, while their plan rows name no action', () => {
    const { after, findings } = recalc(registerWithTypes());
    const rtp = sheet(after, SHEETS.rtp);
    const actionCol = headerCol(rtp, RTP_HEADERS.action);
    const idCol = headerCol(rtp, RTP_HEADERS.riskId);
    const cells = ['R-1', 'R-2'].map((id) => `${String.fromCharCode(65 + actionCol)}${rowWhere(rtp, idCol, id) + 1}`);
    expect(codesOn(findings, 'isms-risk-without-action')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: SHEETS.rtp,
        cell: cells[0],
        message: `2 ISMS risks cite no control and name no action in the treatment plan (${cells[0]}:${cells[1]}).`,
        todo: `Describe the actions that treat 2 ISMS risks (Risk Treatment Plan ${cells[0]}:${cells[1]})`,
      }),
    ]);
  });

  it('are treated once their plan row names the action', () => {
    const { after } = recalc(registerWithTypes());
    const rtp = sheet(after, SHEETS.rtp);
    const actionCol = headerCol(rtp, RTP_HEADERS.action);
    const idCol = headerCol(rtp, RTP_HEADERS.riskId);
    let typed = typeInto(after, SHEETS.rtp, rowWhere(rtp, idCol, 'R-1'), actionCol, 'Hire a second security engineer');
    const one = generate(typed, 'recalc', { now: NOW }).findings;
    expect(codesOn(one, 'isms-risk-without-action')).toEqual([expect.objectContaining({ message: `ISMS risk R-2 cites no control, and its row in the treatment plan names no action.` })]);
    typed = typeInto(typed, SHEETS.rtp, rowWhere(rtp, idCol, 'R-2'), actionCol, 'Management review on the calendar, quarterly');
    expect(codesOn(generate(typed, 'recalc', { now: NOW }).findings, 'isms-risk-without-action')).toEqual([]);
  });

  it("count the team's own plan: an action row for the risk treats it, a row without one is reported at its cell", () => {
    const plan: CellValue[][] = [
      ['Risk ID', 'Action', 'Control', 'Owner', 'Due date', 'Status'],
      ['R-1', 'Hire a second security engineer', null, 'CEO', 46400, 'Open'],
      ['R-2', null, null, 'CEO', 46400, 'Open'],
      ['R-4', 'Phishing-resistant MFA', '5.17', 'Head of IT', 46400, 'Open'],
    ];
    const withPlan: WorkbookSnapshot = { sheets: [...registerWithTypes().sheets, { name: 'Treatment plan', values: plan }] };
    const findings = generate(withPlan, 'recalc', { now: NOW }).findings;
    expect(codesOn(findings, 'isms-risk-without-action')).toEqual([expect.objectContaining({ sheet: 'Treatment plan', cell: 'B3', message: expect.stringContaining('ISMS risk R-2') })]);
    expect(codesOn(findings, 'mitigate-without-controls').map((f) => f.cell)).toEqual(['H4']);
  });

  it('read the type from the team column in the register\'s languages', () => {
    for (const [header, word] of [['Risikoart', 'ISMS'], ['Type de risque', 'SMSI'], ['Tipo de riesgo', 'SGSI'], ['Risicotype', 'ISMS-niveau'], ['Type of risk', 'ISMS-level']] as const) {
      const { findings } = recalc(registerWithTypes(header, word));
      expect([header, codesOn(findings, 'mitigate-without-controls').map((f) => f.cell)]).toEqual([header, ['H4']]);
    }
  });

  it('are told from information security risks by the words teams use; anything else (a category) is information security', () => {
    expect(['ISMS', 'ISMS risk', 'isms-level', 'Management system', 'Système de management', 'SMSI'].map(parseRiskType)).toEqual(Array(6).fill('isms'));
    expect(['Information security', 'InfoSec', 'Sécurité de l\'information', 'Informationssicherheit'].map(parseRiskType)).toEqual(Array(4).fill('security'));
    expect(['Technical', 'People', 'Physical', ''].map(parseRiskType)).toEqual([null, null, null, null]);
  });

  it('leave a register without a type column as it was: every risk is an information security risk', () => {
    const plain = registerWithTypes();
    const withoutType: WorkbookSnapshot = { sheets: [{ name: REGISTER, values: plain.sheets[0]!.values.map((row) => row.filter((_, c) => c !== 3)) }] };
    const { findings } = recalc(withoutType);
    expect(codesOn(findings, 'mitigate-without-controls').map((f) => f.cell)).toEqual(['G2', 'G3', 'G4']);
    expect(codesOn(findings, 'isms-risk-without-action')).toEqual([]);
  });
});
