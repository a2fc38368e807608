import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { ask } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

/** Deterministic pseudo-random numbers, so a failure reproduces. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const WORDS = [
  'which', 'agreements', 'cover', 'compare', 'and', 'the', 'Paris', 'Call', 'GGE', '13(k)', 'since', '2018', 'before', 'between',
  'industry', 'binding', 'rising', 'frequency', 'what', 'is', '2.5', 'norm', 'elections', 'botnets', 'maintained', 'by', 'OSCE',
  '"', "'", ';', '--', '?', '🔥', 'données', 'über', '((', '))', '\\', '%', 'SELECT', '*', 'FROM', 'null', 'undefined', '\u0000', '\u202e',
];

describe('answerQuestion on random input', () => {
  it('always returns a valid reply, without falling back to its error path', () => {
    const rnd = seeded(42);
    const failures: string[] = [];
    for (let i = 0; i < 400; i++) {
      const q = Array.from({ length: 1 + Math.floor(rnd() * 14) }, () => WORDS[Math.floor(rnd() * WORDS.length)] ?? '').join(rnd() < 0.8 ? ' ' : '');
      const r = ask(catalog, q);
      if (/Sorry, I could not answer/.test(r.text)) failures.push(q);
    }
    expect(failures).toEqual([]);
  });
});
