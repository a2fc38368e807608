import type { AgreementFilters } from './agreement-filters.js';
import { readAddedSince } from './read-added-since.js';
import { readBindingConstraint } from './reading/read-binding-constraint.js';
import { readPartyConstraints } from './reading/read-party-constraints.js';
import type { NegationCue } from './reading/read-polarity.js';
import type { QuestionWords } from './reading/question-words.js';
import { readYearRange } from './read-year-range.js';

/**
 * Reads the constraints on parties, binding status and dates from a question (`reserved` words,
 * inside agreement names and element phrases, are not read: "UN GGE 2015" is no year, "non-state
 * actors" no kind of party). `addedToCatalog` reads dates as catalog entry dates, not adoption years.
 */
export function readFilters(
  q: QuestionWords,
  now: Date,
  opts: { addedToCatalog: boolean; cues: readonly NegationCue[]; reserved: (position: number) => boolean },
): AgreementFilters {
  const filters: AgreementFilters = {};
  const parties = readPartyConstraints(q, opts.cues, opts.reserved).map((m) => m.constraint);
  if (parties.length > 0) filters.parties = parties;
  const binding = readBindingConstraint(q, opts.cues, opts.reserved);
  if (binding) filters.binding = binding;
  const text = q.words.map((w, i) => (opts.reserved(i) && /^\d{4}$/.test(w) ? '0' : w)).join(' ');
  // dates in a question about additions are dataset entry dates, not years of adoption
  if (opts.addedToCatalog) {
    const addedSince = readAddedSince(text, now);
    if (addedSince) filters.addedSince = addedSince;
    return filters;
  }
  const years = readYearRange(text, now);
  if (years) filters.years = { ...(years.min !== undefined ? { min: years.min } : {}), ...(years.max !== undefined ? { max: years.max } : {}), label: years.label, words: years.words };
  return filters;
}
