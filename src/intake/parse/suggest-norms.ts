import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Suggestion } from '../../core/contribution/parsed-message.js';
import { findElements, type ElementMatch } from '../../core/text/find-elements.js';
import { findGgeNorms, type GgeNormMatch } from '../../core/text/find-gge-norms.js';
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
  // the matchers per sentence, run at most once each: several matches may fall back to the same sentences
  const elementsIn: ElementMatch[][] = [];
  const normsIn: GgeNormMatch[][] = [];
  const elementsAt = (i: number) => (elementsIn[i] ??= findElements(sentences[i]!, catalog));
  const normsAt = (i: number) => (normsIn[i] ??= findGgeNorms(sentences[i]!, catalog));
  const locate = (matched: string, inSentence: (i: number) => boolean): number => {
    const words = ` ${normalizeText(matched)} `;
    const i = words.trim() ? normalized.findIndex((s) => s.includes(words)) : -1;
    return i >= 0 ? i : sentences.findIndex((_, k) => inSentence(k));
  };
  const normElements = findElements(text, catalog)
    .filter((m) => m.score >= MIN_SCORE)
    .map((m) => ({ m, at: locate(m.matched, (k) => elementsAt(k).some((x) => x.element.id === m.element.id)) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ m, at }) => ({ id: m.element.id, name: m.element.name, sentence: sentences[at]! }));
  const ggeNorms = findGgeNorms(text, catalog)
    .filter((m) => m.score >= MIN_SCORE)
    .map((m) => ({ m, at: locate(m.matched, (k) => normsAt(k).some((x) => x.norm.id === m.norm.id)) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ m, at }) => ({ id: m.norm.id, name: m.norm.title, sentence: sentences[at]! }));
  return { normElements, ggeNorms };
}
