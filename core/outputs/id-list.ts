/**
 * Risk ids as a generated cell lists them. A control cited by thousands of risks, or a heatmap
 * cell holding thousands, would otherwise give a cell nobody can read and, past Excel's 32,767
 * characters, one Excel refuses: a cell lists the first ids and says how many more, and where
 * they all are.
 */

/** The most ids a cell lists before it counts the rest. */
export const LISTED_IDS = 40;
/** The most characters those ids take, whatever their length. */
const LISTED_CHARS = 600;

/** `R-01, R-02` while they are few; else `R-01, … R-40 … and 6,512 more (where)`. */
export function listedIds(ids: readonly string[], where: string): string {
  let chars = 0;
  let shown = 0;
  for (const id of ids) {
    if (shown === LISTED_IDS || chars + id.length > LISTED_CHARS) break;
    chars += id.length + 2;
    shown++;
  }
  if (shown === ids.length) return ids.join(', ');
  const more = ids.length - shown;
  // An id longer than the whole budget still shows its count, never an empty list.
  const head = shown > 0 ? `${ids.slice(0, shown).join(', ')} … and` : 'These';
  return `${head} ${more.toLocaleString('en-US')} more (${where})`;
}
