import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../src/core/catalog/catalog-snapshot.js';
import type { ParsedMessage } from '../../src/core/contribution/parsed-message.js';
import { parseEmail } from '../../src/intake/parse/parse-email.js';
import { loadCatalog } from '../helpers/load-catalog.js';
import { LAYOUTS, renderLayout, type Sample } from './render-layouts.js';

// Every sample contribution with a questionnaire (the shared corpus and the hand-written samples),
// taken as structured data from their expected.json, written out in each layout, must parse to the
// same fields: layout must not matter.
const fixtures = path.resolve(import.meta.dirname, '../fixtures/mail');
type Expected = { kind: string; contributor?: Sample['contributor']; agreements: Array<{ name: string | null; launchYear: number | null; parties: string | null; maintainer: string | null }> };
const samples: Sample[] = ['corpus', 'samples'].flatMap((dir) =>
  Object.entries(JSON.parse(fs.readFileSync(path.join(fixtures, dir, 'expected.json'), 'utf8')) as Record<string, Expected>)
    .filter(([, e]) => e.kind === 'contribution' && e.contributor && e.agreements.length > 0 && e.agreements.every((a) => a.name && a.launchYear && a.parties && a.maintainer))
    .map(([id, e]) => ({ id, contributor: e.contributor!, agreements: e.agreements as Sample['agreements'] })),
);

const words = (s: unknown) => new Set(String(s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));
const mostWordsOf = (want: string | null, got: unknown) => (want === null ? got === null : [...words(want)].filter((t) => words(got).has(t)).length / words(want).size >= 0.6);

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe.each(samples.map((s, i) => [s.id, s, samples[(i + 1) % samples.length]!] as const))('sample %s', (_, sample, other) => {
  const parsed = new Map<string, ParsedMessage>();
  const parse = async (layout: (typeof LAYOUTS)[number]) => {
    if (!parsed.has(layout)) parsed.set(layout, await parseEmail(await renderLayout(sample, layout, other), { catalog, now: new Date('2026-01-01T00:00:00Z') }));
    return parsed.get(layout)!;
  };

  it.each(LAYOUTS)('reads the same fields in the %s layout', async (layout) => {
    const m = await parse(layout);
    expect(m.kind).toBe('contribution');
    expect(m.agreements.map((a) => a.launchYear), 'agreements and years').toEqual(sample.agreements.map((a) => a.launchYear));
    sample.agreements.forEach((want, i) => {
      const got = m.agreements[i]!;
      for (const key of ['name', 'parties', 'maintainer'] as const) expect(mostWordsOf(want[key], got[key]), `agreement ${i} ${key}: ${String(got[key])}`).toBe(true);
    });
    expect(m.contributor.anonymous, 'anonymous').toBe(sample.contributor.anonymous);
    for (const key of ['name', 'affiliation', 'country'] as const) expect(mostWordsOf(sample.contributor[key], m.contributor[key]), `contributor ${key}: ${String(m.contributor[key])}`).toBe(true);
    // the same norm elements are suggested whatever the layout
    const plain = await parse('plain');
    expect(m.agreements.map((a) => a.normElements.map((e) => e.id))).toEqual(plain.agreements.map((a) => a.normElements.map((e) => e.id)));
    expect(plain.agreements[0]!.normElements.map((e) => e.id)).not.toEqual([]);
  });
});
