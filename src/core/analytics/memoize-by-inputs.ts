/**
 * Caches a pure function of two immutable arrays (a snapshot's agreements and elements) by their
 * identity. Snapshots never change once built, so frequency and trends over the whole catalog are
 * computed once per snapshot instead of once per question; filtered subsets are new arrays and
 * are computed afresh (and collected with them).
 */
export function memoizeByInputs<A extends object, B extends object, R>(fn: (a: A, b: B) => R): (a: A, b: B) => R {
  const cache = new WeakMap<A, WeakMap<B, R>>();
  return (a, b) => {
    let inner = cache.get(a);
    if (!inner) cache.set(a, (inner = new WeakMap()));
    if (inner.has(b)) return inner.get(b) as R;
    const result = fn(a, b);
    inner.set(b, result);
    return result;
  };
}
