import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agreement } from '../../../src/core/catalog/agreement.js';
import { openStore, type Store } from '../../../src/store/open-store.js';
import { makeTempDir } from '../../helpers/make-temp-dir.js';

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
let store: Store;
const change = (action = 'approve-draft') => ({ actor: 'terminal:alice', source: 'contribution:7/draft:9', at: '2026-02-01T10:00:00.000Z', action });

function newAgreement(overrides: Partial<Agreement> = {}): Omit<Agreement, 'id'> {
  return {
    slug: 'test-accord',
    name: 'Test Accord on Router Hygiene',
    aliases: ['TARH'],
    year: 2025,
    dateDetail: 'signed 2025',
    partiesKinds: ['industry'],
    partiesDetail: 'router vendors',
    maintainer: 'Test Secretariat',
    binding: 'voluntary',
    bindingDetail: 'voluntary',
    url: 'https://example.org/tarh',
    urlNote: 'official',
    factsSources: ['https://example.org/tarh'],
    coverage: [{ element: '3.1', evidence: '"secure the supply chain"', source: 'https://example.org/tarh', status: 'sourced' }],
    addedAt: '2026-02-01',
    provenance: { kind: 'contribution', ref: 'contribution:7', at: '2026-02-01' },
    ...overrides,
  };
}

beforeEach(async () => {
  tmp = await makeTempDir('normbot-catalog-');
  store = await openStore(path.join(tmp.dir, 'db.sqlite'), { now: () => new Date('2026-01-01T00:00:00Z') });
});
afterEach(async () => {
  await store.close();
  await tmp.cleanup();
});

describe('CatalogRepository', () => {
  it('gives a new agreement the next free id', async () => {
    const added = await store.db.transaction((tx) => store.catalog.addAgreement(tx, newAgreement(), change()));
    expect(added.id).toBe(39);
  });

  it('makes a clashing slug unique when adding an agreement', async () => {
    const added = await store.db.transaction((tx) => store.catalog.addAgreement(tx, newAgreement({ slug: 'paris-call' }), change()));
    expect(added.slug).toBe('paris-call-2');
  });

  it('appends a history row with actor, source and the new value for an added agreement', async () => {
    const added = await store.db.transaction((tx) => store.catalog.addAgreement(tx, newAgreement(), change()));
    const history = await store.catalog.history('agreement', added.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ actor: 'terminal:alice', source: 'contribution:7/draft:9', action: 'approve-draft', before: null });
    expect(history[0]?.after).toMatchObject({ name: 'Test Accord on Router Hygiene' });
  });

  it('records before and after when an agreement is updated', async () => {
    const paris = (await store.catalog.getAgreement(store.db, 22))!;
    await store.db.transaction((tx) => store.catalog.upsertAgreement(tx, { ...paris, maintainer: 'Paris Peace Forum' }, change('edit')));
    const last = (await store.catalog.history('agreement', 22)).at(-1);
    expect(last?.before).toMatchObject({ maintainer: paris.maintainer });
    expect(last?.after).toMatchObject({ maintainer: 'Paris Peace Forum' });
  });

  it('leaves no history when an upsert changes nothing', async () => {
    const paris = (await store.catalog.getAgreement(store.db, 22))!;
    const outcome = await store.db.transaction((tx) => store.catalog.upsertAgreement(tx, paris, change()));
    expect(outcome).toBe('unchanged');
    expect(await store.catalog.history('agreement', 22)).toHaveLength(1);
  });

  it('removes and records coverage links left out of an upserted agreement', async () => {
    const paris = (await store.catalog.getAgreement(store.db, 22))!;
    const dropped = paris.coverage[0]!;
    await store.db.transaction((tx) => store.catalog.upsertAgreement(tx, { ...paris, coverage: paris.coverage.slice(1) }, change('edit')));
    const history = await store.catalog.history('coverage', `22:${dropped.element}`);
    expect(history.at(-1)).toMatchObject({ after: null, actor: 'terminal:alice' });
    expect((await store.catalog.getAgreement(store.db, 22))?.coverage).toHaveLength(paris.coverage.length - 1);
  });

  it('adds a coverage link and shows it in the next snapshot', async () => {
    const before = await store.catalog.loadSnapshot();
    expect(before.agreementById.get(22)?.coverage.some((c) => c.element === '6.1')).toBe(false);
    await store.db.transaction((tx) =>
      store.catalog.addCoverage(tx, 22, { element: '6.1', evidence: 'a quote', source: 'https://example.org', status: 'unverified' }, change('merge-draft')),
    );
    const after = await store.catalog.loadSnapshot();
    expect(after.agreementById.get(22)?.coverage.find((c) => c.element === '6.1')?.status).toBe('unverified');
  });

  it('returns the cached snapshot while nothing was written', async () => {
    expect(await store.catalog.loadSnapshot()).toBe(await store.catalog.loadSnapshot());
  });

  it('refuses coverage for an agreement that is not in the catalog', async () => {
    const write = store.db.transaction((tx) =>
      store.catalog.addCoverage(tx, 999, { element: '6.1', evidence: 'q', source: 's', status: 'sourced' }, change()),
    );
    await expect(write).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses coverage of an element that is not in the taxonomy', async () => {
    const write = store.db.transaction((tx) =>
      store.catalog.addCoverage(tx, 22, { element: '6.9', evidence: 'q', source: 's', status: 'sourced' }, change()),
    );
    await expect(write).rejects.toMatchObject({ code: 'CATALOG_INVALID' });
  });

  it('rolls back every write of a transaction that throws', async () => {
    const write = store.db.transaction(async (tx) => {
      await store.catalog.addAgreement(tx, newAgreement(), change());
      throw new Error('moderation failed half-way');
    });
    await expect(write).rejects.toThrow('half-way');
    expect((await store.catalog.loadSnapshot()).agreements).toHaveLength(38);
  });

  it('serialises concurrent transactions so ids never collide', async () => {
    const added = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        store.db.transaction(async (tx) => {
          const a = await store.catalog.addAgreement(tx, newAgreement({ slug: `race-${i}` }), change());
          // yield between the read of the next id and the commit, where interleaving would hurt
          await new Promise((r) => setTimeout(r, 5));
          return a.id;
        }),
      ),
    );
    expect(new Set(added).size).toBe(5);
    expect((await store.catalog.loadSnapshot()).agreements).toHaveLength(43);
  });

  it('sees a write made by another connection to the same file', async () => {
    await store.catalog.loadSnapshot();
    const other = await openStore(store.db.path, { now: () => new Date() });
    await other.db.transaction((tx) => other.catalog.addAgreement(tx, newAgreement(), change()));
    await other.close();
    expect((await store.catalog.loadSnapshot()).agreements).toHaveLength(39);
  });
});

describe('CatalogRepository during an open transaction', () => {
  it('answers from the last committed snapshot while a write is not yet committed', async () => {
    await store.catalog.loadSnapshot();
    let seenInside = -1;
    await store.db
      .transaction(async (tx) => {
        await store.catalog.addAgreement(tx, newAgreement(), change());
        seenInside = (await store.catalog.loadSnapshot()).agreements.length;
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(seenInside).toBe(38);
    expect((await store.catalog.loadSnapshot()).agreements).toHaveLength(38);
  });
});

describe('CatalogRepository validation', () => {
  it('refuses a write made outside a transaction', async () => {
    const paris = (await store.catalog.getAgreement(store.db, 22))!;
    await expect(store.catalog.upsertAgreement(store.db, paris, change())).rejects.toThrow(/inside db.transaction/);
  });

  it('refuses an agreement without a name and says which field', async () => {
    const write = store.db.transaction((tx) => store.catalog.addAgreement(tx, newAgreement({ name: '' }), change()));
    await expect(write).rejects.toMatchObject({ code: 'CATALOG_INVALID', message: expect.stringMatching(/name/) });
  });

  it('refuses a change that does not say who made it', async () => {
    const write = store.db.transaction((tx) => store.catalog.addAgreement(tx, newAgreement(), { ...change(), actor: '' }));
    await expect(write).rejects.toMatchObject({ code: 'CATALOG_INVALID', message: expect.stringMatching(/actor/) });
  });
});

describe('CatalogRepository snapshots after a change', () => {
  it('shares one read between callers that ask at the same time', async () => {
    const snapshots = await Promise.all(Array.from({ length: 20 }, () => store.catalog.loadSnapshot()));
    expect(new Set(snapshots).size).toBe(1);
  });

  it('reads again only the agreements written since, keeping the others as they were', async () => {
    const before = await store.catalog.loadSnapshot();
    const paris = before.agreementById.get(22)!;
    const added = await store.db.transaction((tx) => store.catalog.addAgreement(tx, newAgreement(), change()));
    await store.db.transaction((tx) => store.catalog.upsertAgreement(tx, { ...paris, aliases: [...paris.aliases, 'Appel de Paris'] }, change('edit')));
    const after = await store.catalog.loadSnapshot();
    expect(after.agreements.map((a) => a.id)).toEqual([...before.agreements.map((a) => a.id), added.id]);
    expect(after.agreementById.get(22)?.aliases).toContain('Appel de Paris');
    expect(after.agreementById.get(24)).toBe(before.agreementById.get(24)); // untouched: the same object
    expect(after.agreementsByElement.get('3.1')?.map((a) => a.id)).toContain(added.id);
  });

  it('sees agreements another connection added and removed, as a fresh read does', async () => {
    await store.catalog.loadSnapshot();
    const other = await openStore(path.join(tmp.dir, 'db.sqlite'));
    try {
      await other.db.transaction(async (tx) => {
        await other.catalog.addAgreement(tx, newAgreement(), change());
        await other.catalog.upsertAgreement(tx, { ...(await other.catalog.getAgreement(tx, 24))!, coverage: [] }, change('edit'));
      });
    } finally {
      await other.close();
    }
    const seen = await store.catalog.loadSnapshot();
    const fresh = await openStore(path.join(tmp.dir, 'db.sqlite'));
    try {
      const read = await fresh.catalog.loadSnapshot();
      expect(seen.agreements).toEqual(read.agreements);
      expect([...seen.agreementsByElement.entries()]).toEqual([...read.agreementsByElement.entries()]);
      expect(seen.asOf).toBe(read.asOf); // the date charts print: the last change, not the first read
    } finally {
      await fresh.close();
    }
  });
});
