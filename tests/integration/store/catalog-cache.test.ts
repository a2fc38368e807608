import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerFromStore } from '../../../src/cli/answer-from-store.js';
import { answerQuestion } from '../../../src/core/questions/answer-question.js';
import { fillQuotes, loadLeanCatalog, NOT_READ } from '../../../src/store/catalog/catalog-cache.js';
import { openStore, type Store } from '../../../src/store/open-store.js';
import { anAgreement } from '../../helpers/agreement-builder.js';
import { makeTempDir } from '../../helpers/make-temp-dir.js';

const NOW = new Date('2026-11-23T12:00:00Z');
const QUESTIONS = [
  'Which agreements cover botnets?',
  'What does the Paris Call cover?',
  'Compare the Paris Call and the GCSC norms',
  'Which voluntary industry agreements cover vulnerability disclosure since 2018?',
  'Rank the norm elements by frequency',
  'Which agreements have unverified links?',
  'Tell me about the Magna Carta for Robots',
];

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
let store: Store;
beforeEach(async () => {
  tmp = await makeTempDir('normbot-catalog-cache-');
  store = await openStore(path.join(tmp.dir, 'db.sqlite'));
});
afterEach(async () => {
  await store.close();
  await tmp.cleanup();
});

const keptVersions = async () => (await store.db.all<{ catalog_version: string }>('SELECT catalog_version FROM catalog_cache')).map((r) => r.catalog_version);

describe('answerFromStore over the kept lean catalog', () => {
  it('answers every kind of question exactly as over the whole catalog, from the first run and from the kept copy', async () => {
    const whole = await store.catalog.loadSnapshot();
    for (const run of ['first', 'kept']) {
      for (const q of QUESTIONS) expect(await answerFromStore(store, q, NOW), `${run}: ${q}`).toEqual(answerQuestion(q, whole, NOW));
    }
    expect(await keptVersions()).toHaveLength(1);
  });

  it('keeps every field of every agreement but the quotes, from the first run and from the kept copy', async () => {
    const whole = await store.catalog.loadSnapshot();
    const withoutQuotes = whole.agreements.map((a) => ({ ...a, coverage: a.coverage.map((c) => ({ ...c, evidence: NOT_READ, source: NOT_READ })) }));
    for (const run of ['first', 'kept']) {
      const lean = await loadLeanCatalog(store.db);
      expect(lean.agreements, run).toEqual(withoutQuotes);
      expect(lean.asOf, run).toBe(whole.asOf);
    }
  });

  it('keeps the catalog without its quotes, to be read for what an answer shows', async () => {
    const lean = await loadLeanCatalog(store.db);
    expect(lean.agreementById.get(22)?.coverage[0]?.evidence).toBe(NOT_READ);
    const loadWhole = vi.spyOn(store.catalog, 'loadSnapshot');
    // as JSON escapes it
    expect(JSON.stringify(await answerFromStore(store, 'What does the Paris Call cover?', NOW))).not.toContain(JSON.stringify(NOT_READ).slice(1, -1));
    // the quotes shown were read into the lean catalog: the whole catalog was not needed
    expect(loadWhole).not.toHaveBeenCalled();
    loadWhole.mockRestore();
  });

  it('reads the quotes of the agreements an answer shows into the same lean catalog, and refuses links that changed since', async () => {
    const whole = await store.catalog.loadSnapshot();
    const lean = await loadLeanCatalog(store.db);
    const paris = whole.agreementById.get(22)!;
    const moved = { ...paris, coverage: paris.coverage.slice(1) };
    expect(fillQuotes(lean, new Map([[22, moved.coverage]]))).toBe(false);
    expect(lean.agreementById.get(22)!.coverage.map((c) => c.evidence)).toEqual(paris.coverage.map(() => NOT_READ));
    expect(fillQuotes(lean, new Map([[22, paris.coverage]]))).toBe(true);
    expect(lean.agreementById.get(22)).toEqual(paris);
    expect(lean.agreementById.get(1)!.coverage[0]!.evidence).toBe(NOT_READ);
  });

  it('makes the copy again when another process changed the catalog', async () => {
    await answerFromStore(store, 'Which agreements cover botnets?', NOW);
    const before = await keptVersions();
    const other = await openStore(path.join(tmp.dir, 'db.sqlite'));
    try {
      const added = anAgreement(0, 2024, ['5.5'], { slug: 'zorblat-botnet-pledge', name: 'Zorblat Botnet Pledge' });
      await other.db.transaction(async (tx) => other.catalog.addAgreement(tx, added, { actor: 'test', source: 'test', at: NOW.toISOString(), action: 'add' }));
    } finally {
      await other.close();
    }
    const reply = await answerFromStore(store, 'What does the Zorblat Botnet Pledge cover?', NOW);
    expect(reply.agreements.map((a) => a.name)).toEqual(['Zorblat Botnet Pledge']);
    expect(await keptVersions()).not.toEqual(before);
  });

  it('makes the copy again when the kept one cannot be read', async () => {
    await answerFromStore(store, 'Which agreements cover botnets?', NOW);
    await store.db.run('UPDATE catalog_cache SET payload = ?', [Buffer.from('not a catalog')]);
    const reply = await answerFromStore(store, 'What does the Paris Call cover?', NOW);
    expect(reply.agreements.map((a) => a.id)).toEqual(['22']);
  });
});
