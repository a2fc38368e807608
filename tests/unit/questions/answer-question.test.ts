import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { answerQuestion } from '../../../src/core/questions/answer-question.js';
import { ask, NOW } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('answerQuestion: help, unknowns and bad input', () => {
  it('answers help with examples', () => {
    const r = ask(catalog, 'help');
    expect(r.intent).toBe('help');
    expect(r.text).toMatch(/Which agreements cover/);
  });

  it.each([
    ['', 'help'],
    ['   ', 'help'],
    ['x'.repeat(10_000), 'unknown'],
    ["'; DROP TABLE agreements; --", 'unknown'],
    ['SELECT * FROM agreements WHERE 1=1', 'unknown'],
    ['🔥🤖💥', 'unknown'],
    ['Welche Abkommen gibt es?', 'unknown'],
    ['quel est le temps à Genève demain ?', 'unknown'],
  ])('gives a helpful reply, not a throw, for %j', (q, intent) => {
    const r = ask(catalog, q);
    expect(r.intent).toBe(intent);
    expect(r.agreements).toEqual([]);
    expect(r.text.length).toBeGreaterThan(0);
  });

  it('says it answers in English when a question in another language has nothing it can read', () => {
    expect(ask(catalog, 'Welche Abkommen gibt es?').text).toMatch(/^I answer in English only, and I could not read your question/);
  });

  it('answers a question in another language from the words it knows, saying the answer is in English', () => {
    const r = ask(catalog, 'Quels accords protègent les données personnelles ?');
    expect(r.intent).toBe('agreements-for-element');
    expect(r.norms.map((n) => n.id)).toEqual(['1.2']);
    expect(r.text).toMatch(/looks written in another language: I read the words I know in it and answer in English/);
  });

  it('says how long a too-long question was', () => {
    expect(ask(catalog, 'x'.repeat(10_000)).text).toMatch(/10000 characters long/);
  });

  it('does not throw on a non-string question', () => {
    expect(answerQuestion(undefined as unknown as string, catalog, NOW).intent).toBe('help');
  });

  it.each(['Tell me about the Magna Carta for Robots', 'Tell me about the Budapest Convention', 'What does the Budapest Convention cover?'])(
    'says honestly that %s is not in the catalog, listing no agreement',
    (q) => {
      const r = ask(catalog, q);
      expect(r.intent).toBe('not-in-catalog');
      expect(r.agreements).toEqual([]);
      expect(r.text).toMatch(/no agreement or norm element matching/);
    },
  );

  it('answers gibberish with help', () => {
    expect(ask(catalog, 'qwzx plorb').intent).toBe('unknown');
  });
});

describe('answerQuestion: the taxonomy and unknown topics', () => {
  it.each(['What are the categories?', 'How many norm elements are there?'])('lists the whole taxonomy for %s', (q) => {
    const r = ask(catalog, q);
    expect(r.intent).toBe('taxonomy');
    expect(r.norms).toHaveLength(catalog.elements.length);
  });

  it.each(['Which agreements talk about quantum computing?', 'Which agreements mention artificial intelligence?'])(
    'says no element matches the topic of %s instead of listing the whole catalog',
    (q) => {
      const r = ask(catalog, q);
      expect(r.intent).toBe('not-in-catalog');
      expect(r.agreements).toEqual([]);
      expect(r.text).toMatch(/Topics I know are the norm elements/);
    },
  );
});
