import { normalizeText } from '../../core/text/normalize-text.js';
import type { Questionnaire, RawAgreement } from './parse-questionnaire.js';

/**
 * One questionnaire from the parts of a mail, in order: agreements concatenated (the same agreement
 * pasted in the body and attached is kept once, fields merged), the first "About you" answers found,
 * free answers joined.
 */
export function mergeQuestionnaires(parts: Questionnaire[]): Questionnaire {
  const merged: Questionnaire = { agreements: [], contributor: {}, answers: {}, freeText: [] };
  const byName = new Map<string, RawAgreement>();
  for (const q of parts) {
    for (const a of q.agreements) {
      const key = normalizeText(a['agreement.name']?.value ?? '');
      const seen = key ? byName.get(key) : undefined;
      if (seen) {
        for (const [field, value] of Object.entries(a) as Array<[keyof RawAgreement, NonNullable<RawAgreement[keyof RawAgreement]>]>) {
          if (!seen[field]?.value) seen[field] = value;
        }
        continue;
      }
      if (key) byName.set(key, a);
      merged.agreements.push(a);
    }
    for (const [field, value] of Object.entries(q.contributor) as Array<[keyof Questionnaire['contributor'], NonNullable<Questionnaire['contributor'][keyof Questionnaire['contributor']]>]>) {
      if (!merged.contributor[field]?.value) merged.contributor[field] = value;
    }
    for (const [n, text] of Object.entries(q.answers)) {
      const prev = merged.answers[n];
      merged.answers[n] = prev && prev !== text && !prev.includes(text) ? `${prev}\n${text}` : (prev ?? text);
    }
    merged.freeText.push(...q.freeText);
  }
  return merged;
}
