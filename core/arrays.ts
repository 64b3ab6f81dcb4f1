/**
 * Array helpers that hold at any size. `target.push(...items)` and `Math.max(...values)` pass every
 * item as an argument, and JavaScript engines cap arguments (V8 at roughly a hundred thousand on a
 * default stack): at 50,000 risks a `push(...)` of findings threw RangeError. ESLint forbids the
 * spread forms (eslint.config.mjs); these loops take their place.
 */

/** Appends every item to `target`, one at a time; returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`; -Infinity for none, as `Math.max()`. */
export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const v of values) if (v > max || Number.isNaN(v)) max = Number.isNaN(v) ? NaN : v;
  return max;
}

/** The smallest of `values`; Infinity for none, as `Math.min()`. */
export function minOf(values: Iterable<number>): number {
  let min = Infinity;
  for (const v of values) if (v < min || Number.isNaN(v)) min = Number.isNaN(v) ? NaN : v;
  return min;
}
