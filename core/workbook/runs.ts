/**
 * Adjacent rows or columns that take the same value (a width, a height), so a host sets each run
 * with one call instead of one per row or column.
 */

export interface Run<V> {
  /** First and last index of the run, inclusive. */
  readonly start: number;
  readonly end: number;
  readonly value: V;
}

/** The runs of `entries` (index, value) by ascending index; a later entry for an index wins. */
export function runsOfEqualValues<V>(entries: Iterable<readonly [number, V]>): Run<V>[] {
  const byIndex = new Map<number, V>(entries);
  const indexes = [...byIndex.keys()].sort((a, b) => a - b);
  const runs: Run<V>[] = [];
  for (const index of indexes) {
    const value = byIndex.get(index) as V;
    const last = runs[runs.length - 1];
    if (last && last.end === index - 1 && last.value === value) runs[runs.length - 1] = { ...last, end: index };
    else runs.push({ start: index, end: index, value });
  }
  return runs;
}
