/**
 * An ISMS-level risk on the bundled example, as steps a person takes between runs, for the engine
 * and for every host's scenario test: after a first recalculation the team adds a Risk type column
 * right of every column and marks R-22 (incident roles not assigned: the ISMS's own roles, Clause
 * 5.3), mitigated with no control, an ISMS-level risk; the plan's row for R-22 then names the
 * action that treats it.
 */
import { cellAddress } from '../../../core/workbook/a1';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { cellAt, usedRowCount } from '../../../core/workbook/snapshot';
import type { Edit } from '../trail/example-approvals';

const REGISTER = 'Risk register';
const HEADER_ROW = 4;
/** R-22's row. */
const R22_ROW = 27;
/** Where the example reports R-22 mitigated without a control: its Annex A controls cell. */
export const R22_CONTROLS = 'K27';

/** The first column right of everything on the register's header row. */
function freeColumn(snapshot: WorkbookSnapshot): number {
  const s = snapshot.sheets.find((x) => x.name === REGISTER)!;
  let width = 0;
  for (let r = 0; r < usedRowCount(s); r++) width = Math.max(width, (s.values[r] ?? []).length, (s.formulas?.[r] ?? []).length);
  return width;
}

/** Step 1, after a first recalculation: a Risk type column, R-22 an ISMS-level risk. */
export function markR22Isms(after: WorkbookSnapshot): Edit[] {
  const col = freeColumn(after);
  return [
    { sheet: REGISTER, cell: cellAddress(HEADER_ROW - 1, col), value: 'Risk type' },
    { sheet: REGISTER, cell: cellAddress(R22_ROW - 1, col), value: 'ISMS-level' },
  ];
}

/** The Action cell of R-22's own row on Riskbook's plan. */
export function r22ActionCell(after: WorkbookSnapshot): string {
  const s = after.sheets.find((x) => x.name === 'Risk Treatment Plan')!;
  let head = -1;
  for (let r = 0; r < 10 && head < 0; r++) if ((s.values[r] ?? []).includes('Risk ID')) head = r;
  const row = s.values[head]!;
  const id = row.indexOf('Risk ID');
  const action = row.indexOf('Action');
  for (let r = head + 1; r < usedRowCount(s); r++) if (cellAt(s, r, id) === 'R-22') return cellAddress(r, action);
  throw new Error('no row for R-22');
}

/** Step 2: the action that treats R-22, typed in its plan row. */
export function actionForR22(after: WorkbookSnapshot): Edit[] {
  return [{ sheet: 'Risk Treatment Plan', cell: r22ActionCell(after), value: 'Assign incident roles and an on-call rota; the CISO reviews them each quarter' }];
}
