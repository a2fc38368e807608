import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/open-store.js';
import { makeTempDir } from '../../helpers/make-temp-dir.js';

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
let dataDir: string;
let dbFile: string;
const now = () => new Date('2026-03-01T00:00:00Z');
const open = () => openStore(dbFile, { dataDir, now });

async function editAgreementFile(name: string, edit: (json: Record<string, unknown>) => void): Promise<void> {
  const file = path.join(dataDir, 'agreements', name);
  const json = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
  edit(json);
  await fs.writeFile(file, JSON.stringify(json, null, 2));
}

beforeEach(async () => {
  tmp = await makeTempDir('normbot-seed-');
  dataDir = path.join(tmp.dir, 'data');
  dbFile = path.join(tmp.dir, 'db.sqlite');
  await fs.cp(path.resolve('data'), dataDir, { recursive: true });
});
afterEach(async () => {
  await tmp.cleanup();
});

describe('seedCatalog', () => {
  it('inserts an agreement file added to data/ since the last start', async () => {
    await (await open()).close();
    await fs.copyFile(path.join(dataDir, 'agreements', '22-paris-call.json'), path.join(dataDir, 'agreements', '39-copy.json'));
    await editAgreementFile('39-copy.json', (j) => Object.assign(j, { id: 39, slug: 'paris-call-copy' }));
    const store = await open();
    const snapshot = await store.catalog.loadSnapshot();
    await store.close();
    expect(store.seed).toMatchObject({ skipped: false, updated: 0 });
    expect(store.seed.created).toBeGreaterThan(1);
    expect(snapshot.agreementById.get(39)?.slug).toBe('paris-call-copy');
  });

  it('follows data/ for a row only the seed ever wrote', async () => {
    await (await open()).close();
    await editAgreementFile('22-paris-call.json', (j) => Object.assign(j, { maintainer: 'Paris Peace Forum (corrected)' }));
    const store = await open();
    const paris = await store.catalog.getAgreement(store.db, 22);
    const history = await store.catalog.history('agreement', 22);
    await store.close();
    expect(paris?.maintainer).toBe('Paris Peace Forum (corrected)');
    expect(history.map((h) => h.action)).toEqual(['seed-insert', 'seed-update']);
  });

  it('never overwrites a row a moderator changed', async () => {
    const first = await open();
    const paris = (await first.catalog.getAgreement(first.db, 22))!;
    await first.db.transaction((tx) =>
      first.catalog.upsertAgreement(tx, { ...paris, maintainer: 'set by a moderator' }, { actor: 'slack:U1', source: 'draft:3', at: '2026-03-02T00:00:00Z', action: 'edit' }),
    );
    await first.close();
    await editAgreementFile('22-paris-call.json', (j) => Object.assign(j, { maintainer: 'from the data file' }));
    const store = await open();
    const after = await store.catalog.getAgreement(store.db, 22);
    await store.close();
    expect(store.seed.kept).toBe(1);
    expect(after?.maintainer).toBe('set by a moderator');
  });

  it('refuses a data file that links one element twice, naming the agreement', async () => {
    await editAgreementFile('36-manrs.json', (j) => {
      const coverage = j.coverage as Array<Record<string, unknown>>;
      coverage.push({ ...coverage[0] });
    });
    await expect(open()).rejects.toThrow(/agreement 36 .* links element 6\.1 twice/);
  });

  it('keeps both quotes when a write links one element twice', async () => {
    const store = await open();
    const manrs = await store.catalog.getAgreement(store.db, 36);
    if (!manrs) throw new Error('MANRS missing from the seed');
    const second = { element: '6.1', evidence: 'a second clause', source: 'https://manrs.org/netops/', status: 'sourced' as const };
    await store.db.transaction((tx) =>
      store.catalog.upsertAgreement(tx, { ...manrs, coverage: [...manrs.coverage, second] }, { actor: 'test', source: 'test', at: now().toISOString(), action: 'update' }),
    );
    const links = (await store.catalog.getAgreement(store.db, 36))?.coverage.filter((c) => c.element === '6.1');
    await store.close();
    expect(links).toHaveLength(1);
    expect(links?.[0]?.evidence).toContain('a second clause');
    expect(links?.[0]?.evidence).toContain('routing system');
  });

  it('turns two quotations for one element into a note that quotes each, with its place in the text', async () => {
    const store = await open();
    const paris = (await store.catalog.getAgreement(store.db, 22))!;
    const first = paris.coverage.find((c) => c.element === '2.6')!;
    expect(first).toMatchObject({ evidenceKind: 'verbatim', locator: 'P1' });
    const second = { element: '2.6', evidence: 'a second clause', evidenceKind: 'verbatim' as const, source: 'https://pariscall.international/en/', status: 'sourced' as const };
    await store.db.transaction((tx) =>
      store.catalog.upsertAgreement(tx, { ...paris, coverage: [...paris.coverage, second] }, { actor: 'test', source: 'test', at: now().toISOString(), action: 'update' }),
    );
    const link = (await store.catalog.getAgreement(store.db, 22))?.coverage.find((c) => c.element === '2.6');
    await store.close();
    expect(link).toMatchObject({ evidenceKind: 'note', evidence: `P1: "${first.evidence}" / "a second clause"` });
    expect(link?.locator).toBeUndefined();
  });

  it('gives a store written before evidence kinds and dataset entries existed both, from data/', async () => {
    const first = await open();
    // what a store from before migration 9 holds once migrated: no kinds, no entries
    await first.db.exec("UPDATE coverage SET evidence_kind = NULL, locator = NULL; UPDATE agreements SET dataset_entry_json = NULL; UPDATE seed_state SET content_hash = 'old'");
    expect((await first.catalog.getAgreement(first.db, 12))?.coverage.every((c) => c.evidenceKind === undefined)).toBe(true);
    await first.close();
    const store = await open();
    const gge = await store.catalog.getAgreement(store.db, 12);
    await store.close();
    expect(gge?.coverage.find((c) => c.element === '4.1')).toMatchObject({ evidenceKind: 'verbatim', locator: '13(a)' });
    expect(gge?.datasetEntry?.by).toBe('2021-12-10');
  });

  it('explains which file is broken when a data file is not JSON', async () => {
    await fs.writeFile(path.join(dataDir, 'agreements', '22-paris-call.json'), '{ not json');
    await expect(open()).rejects.toThrow(/data\/agreements\/22-paris-call\.json is not valid JSON/);
  });
});
