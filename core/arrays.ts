/**
 * Array helpers that hold at any size. `target.push(...items)` and `Math.max(...values)` pass every
 * item as an argument, and JavaScript engines cap arguments (V8 at roughly a hundred thousand on a
 * default stack): at 50,000 risks a `push(...)` of findings threw RangeError. ESLint forbids the
 * spread forms (eslint.config.mjs); these loops take their place.
 */

/*
 * Arrays are read by index. These helpers are handed arrays, sets and map iterators from all over
 * the engine, and V8 does not optimise a `for…of` that sees that many kinds: it allocates a
 * `{ value, done }` for each item, about an eighth of what a 50,000-risk run allocated.
 */

/** Appends every item to `target`, one at a time; returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  if (Array.isArray(items)) {
    const list = items as readonly T[];
    for (let i = 0; i < list.length; i++) target.push(list[i]!);
    return target;
  }
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`; -Infinity for none, as `Math.max()`. */
export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  const take = (v: number): void => {
    if (v > max || Number.isNaN(v)) max = Number.isNaN(v) ? NaN : v;
  };
  if (Array.isArray(values)) {
    const list = values as readonly number[];
    for (let i = 0; i < list.length; i++) take(list[i]!);
  } else {
    for (const v of values) take(v);
  }
  return max;
}

/** The smallest of `values`; Infinity for none, as `Math.min()`. */
export function minOf(values: Iterable<number>): number {
  let min = Infinity;
  const take = (v: number): void => {
    if (v < min || Number.isNaN(v)) min = Number.isNaN(v) ? NaN : v;
  };
  if (Array.isArray(values)) {
    const list = values as readonly number[];
    for (let i = 0; i < list.length; i++) take(list[i]!);
  } else {
    for (const v of values) take(v);
  }
  return min;
}
