/**
 * A function worked out once per argument object, for values derived from what the core never
 * changes once made: a list of risks read from a register, a method's scale. One request asks for
 * them several times (plan, check, change log); a register of 50,000 risks should pay once. The
 * results go when the argument does (WeakMap).
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}

/**
 * A function of a text worked out once per distinct text: a register repeats the same few texts
 * (headers, treatment words, control lists) on row after row, and reading them is what costs. At
 * most `limit` texts are kept; the table is emptied when full, so a register of texts that never
 * repeat costs a lookup each, not memory. Results are shared: callers treat them as read-only.
 */
export function oncePerText<V>(limit: number, compute: (text: string) => V): (text: string) => V {
  const known = new Map<string, V>();
  return (text) => {
    const value = known.get(text);
    if (value !== undefined || known.has(text)) return value as V;
    const computed = compute(text);
    if (known.size >= limit) known.clear();
    known.set(text, computed);
    return computed;
  };
}
