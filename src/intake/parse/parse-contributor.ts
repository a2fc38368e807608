import type { Contributor } from '../../core/contribution/parsed-message.js';
import { extractEmails, plainValue } from './extract-links.js';
import { isAnonymousRequest, isAnonymousValue } from './is-anonymous-request.js';
import type { Questionnaire } from './parse-questionnaire.js';

export type ContributorEvidence = Record<string, { value: unknown; snippet: string; confidence: number }>;

/**
 * The "About you" answers, with the sender's From as a weaker fallback for name and address.
 * An anonymity request (in a field or in the contributor's own words) sets `anonymous` and drops the name.
 */
export function parseContributor(
  q: Pick<Questionnaire, 'contributor' | 'freeText'>,
  from: { name: string; address: string } | null,
): { contributor: Contributor; evidence: ContributorEvidence } {
  const evidence: ContributorEvidence = {};
  const c = q.contributor;
  const read = (key: 'name' | 'affiliation' | 'country') => {
    const f = c[`contributor.${key}`];
    const value = f ? plainValue(f.value).replace(/[.;,]+$/, '').trim() : '';
    if (f && value) evidence[key] = { value, snippet: f.snippet, confidence: f.confidence };
    return value || null;
  };
  let name = read('name');
  if (name !== null && /^(n\/?a|none|nil|-+|\u2014|not applicable|no aplica|non applicable)$/i.test(name)) name = null;
  const affiliation = read('affiliation');
  const country = read('country');

  const anonymousField = c['contributor.anonymous'];
  const anonymousRequest = q.freeText.find((line) => isAnonymousRequest(line));
  const anonymous =
    (anonymousField !== undefined && (anonymousField.value === '' || isAnonymousValue(anonymousField.value)) && !/^\s*(no|non)\b/i.test(anonymousField.value)) ||
    (name !== null && isAnonymousValue(name) && !/^(yes|oui|si)$/i.test(name)) ||
    anonymousRequest !== undefined;
  if (anonymous) {
    const snippet = anonymousField?.snippet ?? anonymousRequest ?? c['contributor.name']?.snippet ?? '';
    evidence.anonymous = { value: true, snippet, confidence: 1 };
    name = null;
    delete evidence.name;
  } else if (name === null && from?.name) {
    name = from.name;
    evidence.name = { value: name, snippet: `From: ${from.name}`, confidence: 0.5 };
  }

  const emailField = c['contributor.email'];
  let email = emailField ? (extractEmails(emailField.value)[0] ?? null) : null;
  if (email && emailField) evidence.email = { value: email, snippet: emailField.snippet, confidence: 1 };
  else if (from?.address) {
    email = from.address;
    evidence.email = { value: email, snippet: 'From:', confidence: 0.6 };
  }
  return { contributor: { name, affiliation, email, country, anonymous }, evidence };
}
