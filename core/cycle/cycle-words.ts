/**
 * The words a risk is marked with against the cycle's baseline, as the register's column and the
 * Dashboard show them. A module of its own, with no imports: the register's plan reads them.
 */
export const CYCLE_MARKS = { new: 'New', modified: 'Modified', unchanged: 'Unchanged' } as const;
export type CycleMark = (typeof CYCLE_MARKS)[keyof typeof CYCLE_MARKS];
/** What a risk of the baseline gone from the register is called. */
export const CLOSED_MARK = 'Closed';

const MARK_WORDS: ReadonlySet<string> = new Set([...Object.values(CYCLE_MARKS), CLOSED_MARK].map((w) => w.toLowerCase()));

/** Whether a cell's text is one of the marks Riskbook writes (in any case): such a cell is Riskbook's. */
export function isCycleMark(text: string): boolean {
  return MARK_WORDS.has(text.trim().toLowerCase());
}
