import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { readQuestion } from '../../../src/core/questions/read-question.js';
import { describeReading } from '../../../src/core/questions/reading/describe-reading.js';
import { ask, NOW } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
const read = (q: string) => readQuestion(q, catalog, NOW);
const topics = (q: string) => read(q).topics.map((t) => ({ ids: t.elements.map((e) => e.id), polarity: t.polarity, words: t.words }));

describe('reading a question into parts', () => {
  it('says how it read the question', () => {
    expect(describeReading(read('Which multistakeholder agreements on human rights go beyond state-only ones?'))).toBe('Read as: human rights, multistakeholder, excluding state-only.');
  });

  it('puts the reading under the answer\'s heading', () => {
    const r = ask(catalog, 'Which agreements cover human rights but not personal data?');
    expect(r.blocks[1]).toEqual({ type: 'paragraph', text: 'Read as: human rights, excluding personal data protection.' });
  });

  it('keeps the words each topic came from, with its polarity', () => {
    expect(topics('Which agreements cover human rights but not personal data?')).toEqual([
      { ids: ['1.1'], polarity: 'include', words: 'human rights' },
      { ids: ['1.2'], polarity: 'exclude', words: 'personal data' },
    ]);
  });

  it.each([
    ['which agreements say states should not attack CERTs?', ['5.7']],
    ['which agreements help set up national CERTs?', ['2.5']],
    ['which agreements mention CERTs?', ['2.5', '5.7']],
    ['Which agreements cover attacks on the DNS?', ['5.8']],
    ['Which agreements cover DNS hygiene?', ['6.1']],
  ])('reads a topic the taxonomy has as practice and as restraint by its framing in %s', (q, ids) => {
    expect(topics(q).map((t) => t.ids)).toEqual([ids]);
    expect(topics(q)[0]?.polarity).toBe('include');
  });

  it.each([
    ['which agreements say governments should assist each other in protecting critical infrastructure', [['4.3']]],
    ["quels accords prévoient que les États s'entraident en cas d'attaque contre une infrastructure critique ?", [['4.3']]],
    ['which agreements help protect critical infrastructure?', [['2.1']]],
    ['how can the private sector help protect critical infrastructure?', [['2.1']]],
    ['which agreements ask companies to help protect critical infrastructure?', [['2.1']]],
    ['which agreements could help me protect critical infrastructure?', [['2.1']]],
    ['which agreements say states should help affected countries restore their critical infrastructure?', [['4.3']]],
    ['which agreements cover critical infrastructure protection and mutual legal assistance?', [['2.1'], ['4.2']]],
  ])('reads a topic framed as help between parties as the assistance element the taxonomy has for it, and only then: %s', (q, ids) => {
    expect(topics(q).map((t) => t.ids)).toEqual(ids);
  });

  it.each([
    ['which agreements commit to no hack back?', ['5.4']],
    ['which agreements say states must not attack critical infrastructure?', ['5.6']],
    ['norms against not harming CERTs', ['5.7']],
  ])('does not exclude a topic over a negation that is part of the norm: %s', (q, ids) => {
    expect(topics(q).map((t) => [t.ids, t.polarity])).toEqual([[ids, 'include']]);
  });

  it.each(["which agreements don't mention human rights?", 'which agreements say nothing about human rights?', 'which agreements are silent on human rights?', 'agreements that lack human rights'])(
    'excludes a topic the question asks to leave out: %s',
    (q) => {
      expect(topics(q)).toEqual([{ ids: ['1.1'], polarity: 'exclude', words: 'human rights' }]);
    },
  );

  it('reads a convener question as a list of its agreements, not as its agreement', () => {
    const rq = read('What has the OSCE agreed?');
    expect(rq.filters.maintainer?.words).toEqual(['osce']);
    expect(rq.agreements).toEqual([]);
    expect(rq.asks.forList).toBe(true);
  });

  it('names a convener the catalog does not hold', () => {
    expect(read('What has the Council of Europe agreed?').unknownConvener).toBe('Council of Europe');
  });

  it('reads "non-state texts" as excluding states, and "non-governmental organisations" as no constraint on states', () => {
    expect(read('do any non-state texts talk about encryption?').filters.parties?.map((p) => [p.kinds, p.polarity])).toEqual([[['states', 'regional organisation'], 'exclude']]);
    expect(read('Which agreements were signed by non-governmental organisations?').filters.parties).toBeUndefined();
  });

  it.each([
    ['which DNS agreements cover abuse?', [['6.1']]],
    ['Which Human Rights agreements mention surveillance?', [['1.1']]],
  ])('reads a capitalised topic before "agreements" as a topic, not a convener: %s', (q, ids) => {
    const rq = read(q);
    expect(rq.unknownConvener).toBeUndefined();
    expect(rq.filters.maintainer).toBeUndefined();
    expect(topics(q).map((t) => t.ids)).toEqual(ids);
  });

  it.each([
    ['which gge texts cover supply chain?', /\bGGE\b/],
    ['which oewg reports cover human rights?', /\bOEWG\b/],
    ['which SCO agreements cover crime?', /\bSCO\b/],
  ])('reads "<body> texts" in either case as the texts of the body named, not one text of a similar name: %s', (q, named) => {
    const rq = read(q);
    const ids = catalog.agreements.filter((a) => [a.maintainer, ...a.aliases].some((n) => named.test(n) && !/^none\b/.test(n))).map((a) => a.id);
    expect(ids.length).toBeGreaterThan(0);
    expect([...(rq.filters.maintainer?.ids ?? [])].sort((a, b) => a - b)).toEqual(ids);
    expect(rq.agreements).toEqual([]);
    expect(rq.asks.forList).toBe(true);
  });

  it('reads the GGE before "norm" as the norm set, not a convener: "which agreements include the GGE norm on critical infrastructure?"', () => {
    expect(read('which agreements include the GGE norm on critical infrastructure?').filters.maintainer).toBeUndefined();
    expect(read('which agreements include the UN norm on critical infrastructure?').filters.maintainer).toBeUndefined();
  });

  it('still names an unknown convener whose words are no topic', () => {
    expect(read('which Kalomi agreements cover DNS?').unknownConvener).toBe('Kalomi');
  });

  it('reads "have states agreed" as a kind of party, not a convener', () => {
    const rq = read('What have states agreed on elections?');
    expect(rq.filters.maintainer).toBeUndefined();
    expect(rq.unknownConvener).toBeUndefined();
  });
});

describe('the words each constraint came from', () => {
  it('keeps them for the binding status and the years', () => {
    const f = read("Which agreements since 2016 aren't legally binding?").filters;
    expect(f.binding).toMatchObject({ values: ['non-binding', 'voluntary', 'politically binding'], words: 'aren t legally binding' });
    expect(f.years).toMatchObject({ min: 2016, words: 'since 2016' });
  });
});

describe('a topic only a UN GGE norm has', () => {
  it('answers "attribution" with norm 13(b), which no element maps to, instead of ignoring it', () => {
    const r = ask(catalog, 'What do states say about attribution?');
    expect(r.intent).toBe('gge-norms');
    expect(r.text).toMatch(/13\(b\)/);
    expect(r.text).toMatch(/Read as: UN GGE 2015 norm 13\(b\), states\./);
  });
});
