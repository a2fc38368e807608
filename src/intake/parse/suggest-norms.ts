import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Suggestion } from '../../core/contribution/parsed-message.js';
import { findElements } from '../../core/text/find-elements.js';
import { findGgeNorms } from '../../core/text/find-gge-norms.js';
import { splitSentences } from './split-sentences.js';

/** Below this a phrase match is too loose to put in front of a moderator as a suggestion. */
const MIN_SCORE = 0.7;

export interface NormSuggestions {
  normElements: Suggestion[];
  ggeNorms: Suggestion[];
}

/**
 * Norm elements and UN GGE norms a contributor's words point to, each with the sentence it came
 * from, in order of first mention. Suggestions only: a moderator confirms them.
 */
export function suggestNorms(text: string, catalog: CatalogSnapshot): NormSuggestions {
  const normElements: Suggestion[] = [];
  const ggeNorms: Suggestion[] = [];
  for (const sentence of splitSentences(text)) {
    for (const m of findElements(sentence, catalog)) {
      if (m.score >= MIN_SCORE && !normElements.some((s) => s.id === m.element.id)) {
        normElements.push({ id: m.element.id, name: m.element.name, sentence });
      }
    }
    for (const m of findGgeNorms(sentence, catalog)) {
      if (m.score >= MIN_SCORE && !ggeNorms.some((s) => s.id === m.norm.id)) ggeNorms.push({ id: m.norm.id, name: m.norm.title, sentence });
    }
  }
  return { normElements, ggeNorms };
}
