import type { Agreement } from '../../src/core/catalog/agreement.js';
import type { CatalogSnapshot } from '../../src/core/catalog/catalog-snapshot.js';
import { seededRandom, type Random } from '../../tests/helpers/seeded-random.js';
import { syntheticAgreement } from './synthetic-catalog.js';

export interface BenchQuestion {
  /** what the question asks, as written (the engine's intent is read from the answer) */
  kind: QuestionKind;
  text: string;
}

export type QuestionKind = 'one agreement' | 'compare' | 'element' | 'element + filters' | 'frequency' | 'trends' | 'by date' | 'GGE norm' | 'element meaning' | 'not in catalog' | 'other';

/** Synthetic agreements named by questions: all exist in every catalog of 1,000 agreements or more. */
const NAMED_SYNTHETIC = 900;

const KINDS: ReadonlyArray<readonly [QuestionKind, number]> = [
  ['one agreement', 24], ['compare', 12], ['element', 18], ['element + filters', 12], ['frequency', 5], ['trends', 5],
  ['by date', 7], ['GGE norm', 4], ['element meaning', 4], ['not in catalog', 5], ['other', 4],
];

/**
 * `count` distinct questions of every kind, as members write them: agreements named by full name,
 * alias, a partial name, in lower case or with a typo, half of them synthetic; element synonyms,
 * filters by kind of party, binding status, years and maintainer. Deterministic for a given
 * shipped catalog (`base`, the 38 agreements with the taxonomy), and the same at every catalog
 * size, since synthetic agreements depend on their number only.
 */
export function questionSet(base: CatalogSnapshot, count = 1_000, seed = 42): BenchQuestion[] {
  const rnd = seededRandom(seed);
  const named = (): Agreement => (rnd() < 0.6 ? syntheticAgreement(Math.floor(rnd() * NAMED_SYNTHETIC), base.elements) : rnd.pick(base.agreements));
  const synonym = () => {
    const e = rnd.pick(base.elements);
    return rnd() < 0.3 ? e.name.replace(/\s*\(.*\)/, '').toLowerCase() : rnd.pick(e.synonyms.length > 0 ? e.synonyms : [e.name]);
  };
  const year = () => 1998 + Math.floor(rnd() * 27);
  const kind = () => rnd.pick(['industry', 'multistakeholder', 'state', 'regional', 'technical community']);
  const binding = () => rnd.pick(['binding', 'voluntary', 'non-binding', 'politically binding']);
  const N = () => nameForm(rnd, named());
  const write: Record<QuestionKind, () => string> = {
    'one agreement': () =>
      rnd.pick([
        () => `What does the ${N()} cover?`, () => `Tell me about the ${N()}`, () => `Does the ${N()} mention ${synonym()}?`,
        () => `which norms are in ${N()}?`, () => `Is ${synonym()} covered by the ${N()}?`, () => `${N()}: which elements does it include?`,
      ])(),
    compare: () =>
      rnd.pick([
        () => `Compare the ${N()} and the ${N()}`, () => `${N()} vs ${N()}`, () => `What do the ${N()} and the ${N()} have in common?`,
        () => `How does the ${N()} differ from the ${N()}?`, () => `compare ${N()}, ${N()} and ${N()}`,
      ])(),
    element: () =>
      rnd.pick([
        () => `Which agreements cover ${synonym()}?`, () => `List agreements on ${synonym()}`, () => `what agreements mention ${synonym()}`,
        () => `any agreements about ${synonym()} and ${synonym()}?`, () => `which texts address ${synonym()} or ${synonym()}?`,
      ])(),
    'element + filters': () =>
      rnd.pick([
        () => `Which ${binding()} agreements cover ${synonym()} since ${year()}?`, () => `${kind()} agreements on ${synonym()} adopted before ${year()}`,
        () => `which agreements by the ${maintainerWords(rnd, named())} cover ${synonym()}?`, () => `${binding()} agreements covering ${synonym()} between ${year()} and ${year()}`,
      ])(),
    frequency: () =>
      rnd.pick([
        () => `Rank the norm elements by frequency among ${kind()} agreements since ${year()}`, () => `Which norms are most common in ${binding()} agreements before ${year()}?`,
        () => `least covered elements in ${kind()} agreements`, () => `most frequent norms after ${year()}`,
      ])(),
    trends: () =>
      rnd.pick([() => `Which norms are rising among ${kind()} agreements?`, () => `Is ${synonym()} declining?`, () => `how has ${synonym()} evolved over time?`, () => `trends in ${binding()} agreements since ${year()}`])(),
    'by date': () =>
      rnd.pick([
        () => `Which agreements were launched after ${year()}?`, () => `agreements adopted between ${year()} and ${year()}`, () => `oldest ${kind()} agreements on ${synonym()}`,
        () => `newest ${binding()} agreements since ${year()}`, () => `Which agreements were added to the catalog since ${year()}?`,
      ])(),
    'GGE norm': () =>
      rnd.pick([() => `What is the GGE norm on ${rnd.pick(rnd.pick(base.ggeNorms).synonyms)}?`, () => `which GGE norm covers ${synonym()}?`, () => `what does norm 13(${rnd.pick(base.ggeNorms).letter}) say about ${synonym()}?`])(),
    'element meaning': () => rnd.pick([() => `what is ${rnd.pick(base.elements).id}?`, () => `define ${synonym()}`, () => `what does ${synonym()} mean in the taxonomy?`])(),
    'not in catalog': () => {
      const fake = `${rnd.pick(['Zor', 'Quel', 'Brak', 'Vyn', 'Hollo', 'Mur'])}${rnd.pick(['blat', 'dane', 'mont', 'vik', 'stad', 'gard'])}`;
      return rnd.pick([() => `Tell me about the ${fake} ${rnd.pick(['Accord', 'Convention', 'Charter', 'Declaration'])}`, () => `What does the ${fake} Pledge on ${synonym()} cover?`])();
    },
    other: () =>
      rnd.pick([
        () => `which ${kind()} agreements cover the most elements since ${year()}?`, () => `unverified links in ${binding()} agreements since ${year()}`,
        () => `which agreements cover the restraint norms since ${year()}?`, () => `how many ${kind()} agreements cover category ${1 + Math.floor(rnd() * 6)}?`,
      ])(),
  };
  const out = new Map<string, BenchQuestion>();
  for (let tries = 0; out.size < count && tries < count * 20; tries++) {
    const k = rnd.weighted(KINDS.map(([x]) => x), KINDS.map(([, w]) => w));
    const text = write[k]();
    if (!out.has(text)) out.set(text, { kind: k, text });
  }
  return [...out.values()];
}

/** How a member names an agreement: full name, alias, first words, lower case, or with a typo. */
function nameForm(rnd: Random, a: Agreement): string {
  const r = rnd();
  if (r < 0.3) return a.name;
  if (r < 0.55 && a.aliases.length > 0) return rnd.pick(a.aliases);
  if (r < 0.7) return a.name.split(' ').slice(0, 3 + Math.floor(rnd() * 2)).join(' ');
  if (r < 0.85) return a.name.toLowerCase();
  return withTypo(rnd, a.name);
}

/** Two neighbouring letters swapped inside the name's longest word. */
function withTypo(rnd: Random, name: string): string {
  const words = name.split(' ');
  const longest = words.reduce((best, w, i) => (w.length > (words[best]?.length ?? 0) ? i : best), 0);
  const w = words[longest] ?? '';
  if (w.length < 6) return name;
  const at = 1 + Math.floor(rnd() * (w.length - 3));
  words[longest] = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
  return words.join(' ');
}

function maintainerWords(rnd: Random, a: Agreement): string {
  const words = a.maintainer.split(/[\s(),;/]+/).filter((w) => w.length > 2);
  return words.slice(0, 1 + Math.floor(rnd() * Math.min(2, words.length))).join(' ');
}
