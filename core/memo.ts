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
