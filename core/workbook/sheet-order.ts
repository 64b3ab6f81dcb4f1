/**
 * The tab order a plan leaves, the one rule every host applies: the team's sheets first, in the
 * order they stand, then Riskbook's in the plan's `sheetOrder`. The plan names only Riskbook's
 * sheets, so a team's sheet is never moved past another of the team's. Names compare without
 * case, as spreadsheet programs compare sheet names.
 */
import type { WorkbookPlan } from './plan';

/** `names` in the plan's order; with no `sheetOrder` they stay as they are. */
export function orderSheets(names: readonly string[], sheetOrder: readonly string[] | undefined): string[] {
  if (!sheetOrder) return [...names];
  const ranks = new Map(sheetOrder.map((n, i) => [n.toLowerCase(), i]));
  /** A sheet's place in `sheetOrder`, -1 for a team's sheet. */
  const rank = (name: string): number => ranks.get(name.toLowerCase()) ?? -1;
  const teams = names.filter((n) => rank(n) < 0);
  const riskbooks = names.filter((n) => rank(n) >= 0).sort((a, b) => rank(a) - rank(b));
  return [...teams, ...riskbooks];
}

/**
 * The tab order once `plan` is applied to a workbook whose tabs are `current`: a sheet the plan
 * writes that is not there yet is added at the end, where a new sheet lands, and then the
 * plan's order holds.
 */
export function finalSheetOrder(current: readonly string[], plan: Pick<WorkbookPlan, 'sheets' | 'sheetOrder'>): string[] {
  const names = [...current];
  const present = new Set(names.map((n) => n.toLowerCase()));
  for (const sp of plan.sheets) {
    const key = sp.name.toLowerCase();
    if (present.has(key)) continue;
    names.push(sp.name);
    present.add(key);
  }
  return orderSheets(names, plan.sheetOrder);
}
