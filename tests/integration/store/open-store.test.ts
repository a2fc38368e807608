import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../../src/store/database.js';
import { migrate } from '../../../src/store/migrate.js';
import { openStore } from '../../../src/store/open-store.js';
import { loadCatalog } from '../../helpers/load-catalog.js';
import { makeTempDir } from '../../helpers/make-temp-dir.js';

const fixedNow = () => new Date('2026-01-02T03:04:05.000Z');
let tmp: Awaited<ReturnType<typeof makeTempDir>>;

beforeEach(async () => {
  tmp = await makeTempDir('normbot-store-');
});
afterEach(async () => {
  await tmp.cleanup();
});

const count = async (store: Awaited<ReturnType<typeof openStore>>, table: string) =>
  (await store.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))?.n;

describe('openStore', () => {
  it('creates missing parent folders for the database file', async () => {
    const file = path.join(tmp.dir, 'a', 'b', 'normbot.sqlite');
    const store = await openStore(file, { now: fixedNow });
    await store.close();
    await expect(fs.stat(file)).resolves.toBeTruthy();
  });

  it('seeds 38 agreements, 26 elements, 6 categories and 11 GGE norms on first start', async () => {
    const store = await openStore(path.join(tmp.dir, 'db.sqlite'), { now: fixedNow });
    const snapshot = await store.catalog.loadSnapshot();
    await store.close();
    expect(snapshot.agreements).toHaveLength(38);
    expect(snapshot.elements).toHaveLength(26);
    expect(snapshot.categories).toHaveLength(6);
    expect(snapshot.ggeNorms).toHaveLength(11);
  });

  it('rebuilds the same agreements the data files hold, coverage included', async () => {
    const store = await openStore(path.join(tmp.dir, 'db.sqlite'), { now: fixedNow });
    const snapshot = await store.catalog.loadSnapshot();
    await store.close();
    const file = JSON.parse(await fs.readFile(path.resolve('data/agreements/22-paris-call.json'), 'utf8')) as { coverage: Array<{ element: string }>; name: string };
    const paris = snapshot.agreementById.get(22);
    expect(paris?.name).toBe(file.name);
    expect(paris?.coverage.map((c) => c.element).sort()).toEqual(file.coverage.map((c) => c.element).sort());
  });

  it('stores every fact of every agreement, element and GGE norm as data/ has it', async () => {
    const store = await openStore(path.join(tmp.dir, 'db.sqlite'), { now: fixedNow });
    const stored = await store.catalog.loadSnapshot();
    await store.close();
    const files = await loadCatalog();
    const facts = (s: typeof stored) => s.agreements.map(({ coverage, ...rest }) => ({ ...rest, elements: [...new Set(coverage.map((c) => c.element))].sort() }));
    expect(facts(stored)).toEqual(facts(files));
    expect(stored.elements).toEqual(files.elements);
    expect(stored.ggeNorms).toEqual(files.ggeNorms);
    expect(stored.categories).toEqual(files.categories);
  });

  it('records one seed history row per seeded entity with the data file as source', async () => {
    const store = await openStore(path.join(tmp.dir, 'db.sqlite'), { now: fixedNow });
    const history = await store.catalog.history('agreement', 22);
    const total = await count(store, 'catalog_history');
    const entities = (await count(store, 'agreements'))! + (await count(store, 'coverage'))! + (await count(store, 'norm_elements'))! + (await count(store, 'categories'))! + (await count(store, 'gge_norms'))!;
    await store.close();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ actor: 'seed', action: 'seed-insert', source: 'data/agreements/22-paris-call.json', before: null, at: '2026-01-02T03:04:05.000Z' });
    expect(total).toBe(entities);
  });

  it('adds nothing and keeps the history when opened a second time', async () => {
    const file = path.join(tmp.dir, 'db.sqlite');
    const first = await openStore(file, { now: fixedNow });
    const before = { history: await count(first, 'catalog_history'), coverage: await count(first, 'coverage') };
    await first.close();
    const second = await openStore(file, { now: fixedNow });
    const after = { history: await count(second, 'catalog_history'), coverage: await count(second, 'coverage') };
    await second.close();
    expect(second.seed.skipped).toBe(true);
    expect(after).toEqual(before);
  });

  it('leaves a migrated file unchanged when migrations run again', async () => {
    const store = await openStore(path.join(tmp.dir, 'db.sqlite'), { now: fixedNow });
    const applied = await migrate(store.db);
    await store.close();
    expect(applied).toEqual([]);
  });

  it('reports a missing knowledge base folder with the variable to set', async () => {
    await expect(openStore(path.join(tmp.dir, 'db.sqlite'), { dataDir: path.join(tmp.dir, 'nope') })).rejects.toThrow(/NORMBOT_DATA_DIR/);
  });
});

describe('openStore with a bad path', () => {
  it('fails with the option to check when the folder cannot be created', async () => {
    await expect(openStore('/proc/normbot-nope/db.sqlite')).rejects.toMatchObject({ code: 'DB_OPEN_FAILED', message: expect.stringMatching(/check NORMBOT_DB or --db/) });
  });
});

describe('openStore from two connections at once', () => {
  it('opens a fresh file from three connections at once, round after round, none failing as busy', async () => {
    // switching a fresh file to WAL does not wait for a lock held by another opener; without the retry about 1 in 30 failed
    const failures: unknown[] = [];
    for (let round = 0; round < 100; round++) {
      const file = path.join(tmp.dir, `fresh-${round}.sqlite`);
      const opened = await Promise.allSettled([Database.open(file), Database.open(file), Database.open(file)]);
      for (const o of opened) if (o.status === 'fulfilled') await o.value.close();
      failures.push(...opened.flatMap((o) => (o.status === 'rejected' ? [o.reason] : [])));
    }
    expect(failures).toEqual([]);
  });

  it('migrates and seeds a fresh file once when two processes start together', async () => {
    const file = path.join(tmp.dir, 'race.sqlite');
    const [a, b] = await Promise.all([openStore(file, { now: fixedNow }), openStore(file, { now: fixedNow })]);
    const history = await count(a, 'catalog_history');
    const agreements = await count(a, 'agreements');
    await Promise.all([a.close(), b.close()]);
    expect([a.seed.skipped, b.seed.skipped].sort()).toEqual([false, true]);
    expect(agreements).toBe(38);
    expect(history).toBe(253);
  });
});
