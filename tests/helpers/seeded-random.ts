export interface Random {
  (): number;
  pick<T>(list: readonly T[]): T;
  /** an item drawn with the given (unnormalised) weights */
  weighted<T>(list: readonly T[], weights: readonly number[]): T;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32): the same run every time for a seed; with pick and weighted draws. */
export function seededRandom(seed: number): Random {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Object.assign(next, {
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    weighted: <T>(list: readonly T[], weights: readonly number[]): T => {
      const total = weights.reduce((a, b) => a + b, 0);
      let x = next() * total;
      for (let i = 0; i < list.length; i++) {
        x -= weights[i] ?? 0;
        if (x < 0) return list[i] as T;
      }
      return list[list.length - 1] as T;
    },
  });
}
