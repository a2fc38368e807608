import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Suggestion } from '../../core/contribution/parsed-message.js';
import { findElements } from '../../core/text/find-elements.js';
import { findGgeNorms } from '../../core/text/find-gge-norms.js';
import { normalizeText } from '../../core/text/normalize-text.js';
import { splitSentences } from './split-sentences.js';

/** Below this a phrase match is too loose to put in front of a moderator as a suggestion. */
const MIN_SCORE = 0.7;

export interface NormSuggestions {
  normElements: Suggestion[];
  ggeNorms: Suggestion[];
}

/**
 * Norm elements and UN GGE norms a contributor's words point to, each with the sentence it came
 * from, in order of first mention. Suggestions only: a moderator confirms them. The matchers run once
 * over the whole text; only a match whose words cannot be found verbatim is looked for sentence by sentence.
 */
export function suggestNorms(text: string, catalog: CatalogSnapshot): NormSuggestions {
  if (text.trim() === '') return { normElements: [], ggeNorms: [] };
  const sentences = splitSentences(text);
  const normalized = sentences.map((s) => ` ${normalizeText(s)} `);
  const locate = (matched: string, inSentence: (s: string) => boolean): number => {
    const words = ` ${normalizeText(matched)} `;
    const i = words.trim() ? normalized.findIndex((s) => s.includes(words)) : -1;
    return i >= 0 ? i : sentences.findIndex(inSentence);
  };
  const suggest = <M extends { score: number; matched: string }>(find: (s: string) => M[], describe: (m: M) => { id: string; name: string }): Suggestion[] => {
    // the matcher runs at most once per distinct string; a one-sentence value is its own only sentence
    const memo = new Map<string, M[]>();
    const matchesIn = (s: string) => memo.get(s) ?? memo.set(s, find(s)).get(s)!;
    return matchesIn(text)
      .filter((m) => m.score >= MIN_SCORE)
      .map((m) => ({ m, at: locate(m.matched, (s) => matchesIn(s).some((x) => describe(x).id === describe(m).id)) }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => a.at - b.at)
      .map(({ m, at }) => ({ ...describe(m), sentence: sentences[at]! }));
  };
  return {
    normElements: suggest((s) => findElements(s, catalog), (m) => ({ id: m.element.id, name: m.element.name })),
    ggeNorms: suggest((s) => findGgeNorms(s, catalog), (m) => ({ id: m.norm.id, name: m.norm.title })),
  };
}
