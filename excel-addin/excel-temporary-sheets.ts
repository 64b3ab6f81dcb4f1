/**
 * Names of the temporary sheets a rebuild uses in Excel (excel-apply-plan.ts). A rebuilt sheet is
 * built as "Riskbook build N". At the swap the old one steps aside as "Riskbook previous K", where
 * K is fixed for each of Riskbook's sheets (its role's place in SHEETS; 50 more for one kept under
 * its "Riskbook …" name beside a team's sheet), and then the new one takes the name. Office batches are not transactions: should the connection drop between those two
 * renames, the next run finds a "Riskbook previous K" and no sheet under K's name, and knows from
 * K which sheet it was, so it puts it back instead of rebuilding it blank (and losing the columns
 * people type into the RTP, the SoA or the Methodology).
 */
import type { SheetRole } from '../core/workbook/names';
import { SHEETS, besideName } from '../core/workbook/names';

/** Every temporary sheet, whatever run left it. */
export const TEMPORARY_SHEET = /^Riskbook (build|previous) \d+$/i;

const ASIDE = /^Riskbook previous (\d+)$/i;
/** K for each of Riskbook's sheets, by role (the order of SHEETS, as earlier versions numbered them). */
const ROLES = Object.keys(SHEETS) as SheetRole[];
/** Numbers from here on name aside sheets that are not one of Riskbook's own (never restored). */
const FIRST_UNKNOWN = 100;

function free(taken: Set<string>, prefix: string, from: number): string {
  for (let n = from; ; n++) {
    const name = `${prefix} ${n}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** A name for building a sheet under, not in `taken` (lower case), which it joins. */
export function buildSheetName(taken: Set<string>): string {
  return free(taken, 'Riskbook build', 1);
}

/** K from here on: a sheet that stood beside a team's sheet under its "Riskbook …" name. */
const BESIDE = 50;

/**
 * The name the old sheet `name` of `role` steps aside under at the swap. Fixed for each of
 * Riskbook's sheets, under its usual name (K) or its "Riskbook …" name (50 + K): the run deletes
 * earlier leftovers before its swap, so the name is free by then.
 */
export function asideSheetName(role: SheetRole | undefined, name: string, taken: Set<string>): string {
  const known = role === undefined ? -1 : ROLES.indexOf(role);
  const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
  const k = role === undefined || known < 0 ? -1 : same(name, SHEETS[role]) ? known + 1 : same(name, besideName(role)) ? BESIDE + known + 1 : -1;
  if (k < 0) return free(taken, 'Riskbook previous', FIRST_UNKNOWN);
  const aside = `Riskbook previous ${k}`;
  taken.add(aside.toLowerCase());
  return aside;
}

/** The name an aside sheet stood for, when it is one of Riskbook's own. */
export function sheetSetAside(name: string): string | undefined {
  const m = ASIDE.exec(name);
  if (!m) return undefined;
  const k = Number(m[1]);
  if (k > BESIDE && k < FIRST_UNKNOWN) {
    const role = ROLES[k - BESIDE - 1];
    return role === undefined ? undefined : besideName(role);
  }
  const role = ROLES[k - 1];
  return role === undefined ? undefined : SHEETS[role];
}
