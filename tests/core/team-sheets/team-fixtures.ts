/** Workbooks where the team keeps its own SoA and treatment plan beside the register, named by scenario. */
import { ANNEX_A_CONTROLS } from '../../../core/annex-a/catalogue';
import { ANNEX_A_2013_TO_2022 } from '../../../core/annex-a/catalogue-data';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { threeRiskRegister } from '../engine/engine-fixtures';

export const TEAM_SOA = 'SoA 2022';
export const TEAM_PLAN = 'Treatment actions';

/** 2026-12-31 as a serial date. */
export const END_OF_YEAR = 46387;

/** The team's SoA: a title row, then the controls it decided on (the first `listed` of Annex A), A.-prefixed. */
export function teamSoaSheet(listed = 40, name = TEAM_SOA): SheetSnapshot {
  const rows: CellValue[][] = [
    ['ACME Statement of Applicability, v2.1 (approved by the ISMS board)'],
    [],
    ['Control ID', 'Control', 'Applicable', 'Justification', 'Implementation status', 'Evidence'],
  ];
  ANNEX_A_CONTROLS.slice(0, listed).forEach((c, i) => {
    const excluded = i % 10 === 9;
    rows.push([
      `A.${c.id}`,
      c.title,
      excluded ? 'Not applicable' : i % 7 === 3 ? 'Partially' : 'Applicable',
      excluded ? 'No such activity in scope' : i % 3 === 0 ? '' : 'Required by policy POL-01',
      excluded ? '' : 'Implemented',
      excluded ? '' : `EV-${i + 1}`,
    ]);
  });
  return { name, values: rows };
}

/** A plan keyed by the register's ids: have actions. */
export function teamPlanSheet(name = TEAM_PLAN): SheetSnapshot {
  return {
    name,
    values: [
      ['Risk ID', 'Action', 'Action owner', 'Due date', 'Status'],
      ['R-001', 'Roll out phishing-resistant MFA', 'Head of IT', END_OF_YEAR, 'In progress'],
      ['R-002', 'Encrypt every laptop disk', 'Head of IT', END_OF_YEAR, 'Open'],
    ],
  };
}

export function registerWith(...extra: SheetSnapshot[]): WorkbookSnapshot {
  const base = threeRiskRegister();
  return { ...base, sheets: [...base.sheets, ...extra] };
}

/** with no treatment typed in the register: the team's plan says what is done. */
export function registerWithoutTreatments(...extra: SheetSnapshot[]): WorkbookSnapshot {
  const base = threeRiskRegister();
  const register = base.sheets[0]!;
  const values = register.values.map((row, r) => (r === 3 || r === 4 ? row.map((v, c) => (c === 6 ? null : v)) : row));
  return { ...base, sheets: [{ ...register, values }, ...extra] };
}

/** A team SoA still in the 2013 numbering: the first `listed` distinct 2013 controls, all applicable. */
export function teamSoa2013Sheet(listed = 30, name = 'SoA (2013)'): SheetSnapshot {
  const ids = [...new Set(ANNEX_A_2013_TO_2022.map((e) => e.id2013))].slice(0, listed);
  const title = (id: string): string => ANNEX_A_2013_TO_2022.find((e) => e.id2013 === id)!.title2013;
  return {
    name,
    values: [['Control', 'Title', 'Applicable', 'Justification'], ...ids.map((id) => [id, title(id), 'Yes', 'Baseline'])],
  };
}
