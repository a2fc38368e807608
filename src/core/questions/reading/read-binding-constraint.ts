import type { Binding } from '../../catalog/agreement.js';
import type { AgreementFilters } from '../agreement-filters.js';
import { cueFor, type NegationCue } from './read-polarity.js';
import { findSpans, overlaps, wordsOf, type QuestionWords, type WordSpan } from './question-words.js';
import { AGREEMENT_NOUNS, FILLER_WORDS } from './question-vocabulary.js';

/** Voluntary and politically binding commitments are not legally binding either: "non-binding" means all three. */
const NOT_LEGALLY_BINDING: readonly Binding[] = ['non-binding', 'voluntary', 'politically binding'];
const KNOWN: readonly Binding[] = ['binding', ...NOT_LEGALLY_BINDING];

/** Longest first: "politically binding" is not also "binding". */
const TERMS: ReadonlyArray<{ re: RegExp; values: readonly Binding[] }> = [
  { re: /\b(?:soft law|non ?binding|non legally binding|legally non binding)\b/, values: NOT_LEGALLY_BINDING },
  { re: /\bpolitically binding\b/, values: ['politically binding'] },
  { re: /\b(?:legally binding|binding|treaty|treaties|hard law)\b/, values: ['binding'] },
  { re: /\bvoluntary\b/, values: ['voluntary'] },
];

interface BindingMention extends WordSpan {
  values: readonly Binding[];
  excluded: boolean;
}

/**
 * The binding status asked for: statuses named ("binding", "voluntary") less those excluded ("not
 * binding", "voluntary rather than binding"). Undefined when the question names none.
 */
export function readBindingConstraint(q: QuestionWords, cues: readonly NegationCue[], reserved: (position: number) => boolean): AgreementFilters['binding'] {
  const mentions: BindingMention[] = [];
  for (const term of TERMS) {
    for (const s of findSpans(q.text, term.re)) {
      if (reserved(s.start) || mentions.some((m) => overlaps(m, s))) continue;
      const bridge = (w: string) => FILLER_WORDS.has(w) || AGREEMENT_NOUNS.has(w) || w === 'legally';
      mentions.push({ start: s.start, end: s.end, values: term.values, excluded: cueFor(q, s, cues, bridge) !== undefined });
    }
  }
  if (mentions.length === 0) return undefined;
  const included = mentions.filter((m) => !m.excluded).flatMap((m) => m.values);
  const excluded = new Set(mentions.filter((m) => m.excluded).flatMap((m) => m.values));
  const values = [...new Set(included.length > 0 ? included : KNOWN)].filter((v) => !excluded.has(v));
  const label = values.length === NOT_LEGALLY_BINDING.length && NOT_LEGALLY_BINDING.every((v) => values.includes(v)) ? 'not legally binding' : values.join(' or ');
  return { values, label: label || 'no binding status', words: mentions.map((m) => wordsOf(q.words, { start: cues.find((c) => c.end === m.start - 1)?.start ?? m.start, end: m.end })).join(' ... ') };
}
