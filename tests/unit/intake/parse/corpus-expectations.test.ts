import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../src/core/catalog/catalog-snapshot.js';
import { parseEmail } from '../../../../src/intake/parse/parse-email.js';
import { loadCatalog } from '../../../helpers/load-catalog.js';

// The development corpus and the fields a correct parse must produce (shared/corpus/expected.json),
// checked field by field: exact for kind, year and anonymity, and for text the words of the
// expected value (most of them, as the shared scorer counts a text field right).
// Also the hand-written samples of tests/fixtures/mail/samples, in the same format.
const dirs = ['corpus', 'samples'].map((d) => path.resolve(import.meta.dirname, '../../../fixtures/mail', d));
type Expected = {
  kind: string;
  contributor?: { name: string | null; affiliation: string | null; country: string | null; anonymous: boolean };
  agreements: Array<{ name: string | null; launchYear: number | null; maintainer: string | null; parties: string | null; url?: string }>;
};
const cases = dirs.flatMap((dir) => Object.entries(JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>).map(([name, exp]) => [name, exp, dir] as const));

const words = (s: unknown) =>
  new Set(String(s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));
/** null expected: nothing read; otherwise most of the expected words, as the shared scorer counts */
const mostWordsOf = (want: string | null, got: unknown) => {
  if (want === null) return got === null || got === '';
  const w = words(want);
  const g = words(got);
  return [...w].filter((t) => g.has(t)).length / w.size >= 0.6;
};

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('parseEmail on the development corpus', () => {
  it.each(cases)('reads %s as expected.json says', async (name, exp, dir) => {
    const m = await parseEmail(fs.readFileSync(path.join(dir, `${name}.eml`)), { catalog });
    expect(m.kind).toBe(exp.kind);
    if (exp.contributor) {
      expect(m.contributor.anonymous).toBe(exp.contributor.anonymous);
      for (const key of ['name', 'affiliation', 'country'] as const) expect(mostWordsOf(exp.contributor[key], m.contributor[key]), `contributor.${key}`).toBe(true);
    }
    expect(m.agreements).toHaveLength(exp.agreements.length);
    exp.agreements.forEach((want, i) => {
      const got = m.agreements[i]!;
      expect(got.launchYear, `agreement ${i} year`).toBe(want.launchYear);
      for (const key of ['name', 'maintainer', 'parties'] as const) expect(mostWordsOf(want[key], got[key]), `agreement ${i} ${key}`).toBe(true);
      if (want.url) expect(JSON.stringify(got.signatories), `agreement ${i} signatories`).toContain(want.url);
    });
  });
});
