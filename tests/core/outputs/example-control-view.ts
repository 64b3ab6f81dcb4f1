/**
 * "Show me everything about 8.16" on the bundled example, for the engine and every host's scenario
 * test: after a recalculation, a person works on the plan's action for R-14 · 8.16 and on 8.16's
 * SoA row; the Control view, filtered to 8.16, shows it all without another run, and the Maturity
 * sheet states the level the engine finds.
 */
import { CONTROL_VIEW_HEADERS as V } from '../../../core/outputs/control-view';
import { MATURITY_LEVEL_LABEL } from '../../../core/outputs/maturity-sheet';
import type { Maturity } from '../../../core/maturity/maturity';
import { cellAddress } from '../../../core/workbook/a1';
import { SHEETS } from '../../../core/workbook/names';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { cellAt } from '../../../core/workbook/snapshot';
import type { Edit } from '../trail/example-approvals';
import { soaCell } from '../trail/example-approvals';
import { shownValues } from './live-formula';

export const CONTROL = '8.16';

function sheetOf(wb: WorkbookSnapshot, name: string): NonNullable<ReturnType<typeof wb.sheets.find>> {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** The plan's cell of a (risk, control) pair, by the header over it. */
function rtpCell(wb: WorkbookSnapshot, risk: string, control: string, header: string): string {
  const s = sheetOf(wb, SHEETS.rtp);
  const head = s.values.findIndex((r) => r[0] === 'Risk ID');
  const controlCol = s.values[head]!.indexOf('Control ID');
  const col = s.values[head]!.indexOf(header);
  for (let r = head + 1; r < s.values.length; r++) if (cellAt(s, r, 0) === risk && cellAt(s, r, controlCol) === control) return cellAddress(r, col);
  throw new Error(`no plan row ${risk} · ${control}`);
}

/** 2027-03-31 as a serial date. */
export const DUE = 46477;

/** What the security team types after the recalculation: the action for R-14 · 8.16 done and effective, 8.16 implemented with its evidence. */
export function workOn816(after: WorkbookSnapshot): Edit[] {
  return [
    { sheet: SHEETS.rtp, cell: rtpCell(after, 'R-14', CONTROL, 'Action'), value: 'Alert on IAM policy changes in the SIEM' },
    { sheet: SHEETS.rtp, cell: rtpCell(after, 'R-14', CONTROL, 'Due date'), value: DUE, date: true },
    { sheet: SHEETS.rtp, cell: rtpCell(after, 'R-14', CONTROL, 'Status'), value: 'Done' },
    { sheet: SHEETS.rtp, cell: rtpCell(after, 'R-14', CONTROL, 'Effectiveness result'), value: 'Effective' },
    { sheet: SHEETS.soa, cell: soaCell(after, CONTROL, 'Implementation status'), value: 'Implemented' },
    { sheet: SHEETS.soa, cell: soaCell(after, CONTROL, 'Evidence reference'), value: 'SIEM rule export EV-816' },
  ];
}

/** The rows of the Control view filtered to one control, as a person reads them once computed. */
export function everythingAbout(wb: WorkbookSnapshot, control: string): Record<string, CellValue>[] {
  const view = sheetOf(wb, SHEETS.controlView);
  const header = view.values.findIndex((r) => r[0] === V.controlId);
  const headers = view.values[header]!.map(String);
  return shownValues(wb, SHEETS.controlView)
    .slice(header + 1)
    .filter((r) => r[0] === control)
    .map((r) => Object.fromEntries(headers.map((h, c) => [h, r[c] === '' || r[c] === undefined ? null : (r[c] as CellValue)])));
}

/** 8.16 on the example once the team worked on it: its decision, then. */
export const EVERYTHING_ABOUT_816 = [
  expect.objectContaining({ [V.controlId]: '8.16', [V.control]: 'Monitoring activities', [V.risk]: 'Cited by 3 risks', [V.decision]: 'Applicable: Yes', [V.status]: 'Implemented', [V.evidence]: 'SIEM rule export EV-816' }),
  expect.objectContaining({ [V.riskId]: 'R-08', [V.risk]: 'Attack goes undetected', [V.treatment]: 'Mitigate', [V.owner]: 'Head of Security Operations', [V.status]: null }),
  expect.objectContaining({
    [V.riskId]: 'R-14', [V.risk]: 'Misconfigured cloud IAM roles', [V.treatment]: 'Mitigate', [V.decision]: 'Alert on IAM policy changes in the SIEM', [V.owner]: 'Head of Platform',
    [V.date]: DUE, [V.status]: 'Done', [V.effectiveness]: 'Effective',
  }),
  expect.objectContaining({ [V.riskId]: 'R-21', [V.risk]: 'Cryptomining with stolen credentials', [V.treatment]: 'Mitigate', [V.owner]: 'CFO' }),
];

/** What the Maturity sheet states, once computed: "N · name". */
export function statedLevel(wb: WorkbookSnapshot): unknown {
  return shownValues(wb, SHEETS.maturity).find((r) => r[0] === MATURITY_LEVEL_LABEL)?.[2];
}

/** Each criterion's row on the Maturity sheet: its id, status, what shows it and where. */
export function statedCriteria(wb: WorkbookSnapshot): unknown[][] {
  return shownValues(wb, SHEETS.maturity)
    .filter((r) => typeof r[0] === 'string' && /^\d\.\d+$/.test(r[0]))
    .map((r) => [r[0], r[3], r[4], r[5] ?? null]);
}

/** The same, as the engine assesses the workbook. */
export function assessedCriteria(m: Maturity): unknown[][] {
  return m.criteria.map((s) => [s.criterion.id, s.met ? 'Met' : 'Not met', s.shows, s.where ?? null]);
}
