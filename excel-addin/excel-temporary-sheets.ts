/**
 * Names of the temporary sheets a rebuild uses in Excel (excel-apply-plan.ts). A rebuilt sheet is
 * built as "Riskbook build N". At the swap the old one steps aside as "Riskbook previous K", where
 * K is fixed for each of Riskbook's sheets (its place in SHEETS), and then the new one takes the
 * name. Office batches are not transactions: should the connection drop between those two
 * renames, the next run finds a "Riskbook previous K" and no sheet under K's name, and knows from
 * K which sheet it was, so it puts it back instead of rebuilding it blank (and losing the columns
 * people type into the RTP, the SoA or the Methodology).
 */
import { SHEETS } from '../core/workbook/names';

/** Every temporary sheet, whatever run left it. */
export const TEMPORARY_SHEET = /^Riskbook (build|previous) \d+$/i;

const ASIDE = /^Riskbook previous (\d+)$/i;
const KNOWN: readonly string[] = Object.values(SHEETS);
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

/**
 * The name the old `sheet` steps aside under at the swap. Fixed for Riskbook's own sheets: the
 * run deletes earlier leftovers before its swap, so the name is free by then.
 */
export function asideSheetName(sheet: string, taken: Set<string>): string {
  const known = KNOWN.findIndex((k) => k.toLowerCase() === sheet.toLowerCase());
  if (known < 0) return free(taken, 'Riskbook previous', FIRST_UNKNOWN);
  const name = `Riskbook previous ${known + 1}`;
  taken.add(name.toLowerCase());
  return name;
}

/** The sheet an aside sheet stood for, when it is one of Riskbook's own. */
export function sheetSetAside(name: string): string | undefined {
  const m = ASIDE.exec(name);
  if (!m) return undefined;
  return KNOWN[Number(m[1]) - 1];
}
