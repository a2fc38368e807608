import type { Contributor } from '../../core/contribution/parsed-message.js';
import type { SignatureBlock } from './contributor/read-signature-block.js';
import { countryOfStateBody, describesPerson, readDetailParts, splitParts, type DetailParts } from './contributor/read-detail-parts.js';
import { readPrincipal } from './contributor/read-principal.js';
import { readSelfDescription } from './contributor/read-self-description.js';
import { readSelfIntroduction } from './contributor/read-self-introduction.js';
import { extractEmails, plainValue } from './extract-links.js';
import { toParagraphs, type FreeLine, type Questionnaire } from './fields/read-questionnaire.js';
import { declinesName, isAnonymousRequest, isAnonymousValue } from './is-anonymous-request.js';

export type ContributorEvidence = Record<string, { value: unknown; snippet: string; confidence: number }>;

/**
 * The "About you" answers: its labelled fields, or the sender's own description under the heading
 * ("About me: Name, role, organisation, country"); failing them, the signatory of the letter (who may
 * not be the sender: an assistant sends a letter signed by someone else); failing that, the sender's From.
 * An anonymity request anywhere (a field, a name answered with a sentence, the body, a P.S.) sets
 * `anonymous` and drops the name.
 */
export function parseContributor(
  q: Pick<Questionnaire, 'contributor'> & { freeText: readonly FreeLine[] },
  from: { name: string; address: string } | null,
  signature: SignatureBlock | null = null,
): { contributor: Contributor; evidence: ContributorEvidence } {
  const evidence: ContributorEvidence = {};
  const c = q.contributor;
  // whole paragraphs: a sentence hard-wrapped by the mail client ("please / leave my name out") is read as one
  const paragraphs = toParagraphs(q.freeText).map((p) => p.text);
  // "Affiliation: Name, title, organisation, city, country": a field that holds the person's whole details
  const listed = listedDetails(c);
  // "I am writing on behalf of Professor ... (Director, ...)": the person the letter is sent for, before its signatory
  const principal = readPrincipal(paragraphs);
  // the sender's own "About me" answers the call's question: before the sign-off ("Tan Mei Hua" over "Mei Hua")
  const described = readSelfDescription(q.freeText);
  const read = (key: 'name' | 'affiliation' | 'country', fallback: string | null) => {
    const f = c[`contributor.${key}`];
    const value = f ? plainValue(f.value).replace(/[.;,]+$/, '').trim() : '';
    if (f && value && listed?.key !== key) {
      evidence[key] = { value, snippet: f.snippet, confidence: f.confidence };
      return value;
    }
    const fromList = { found: listed?.parts[key], snippet: listed?.snippet ?? '', confidence: listed?.confidence ?? 0 };
    // an organisation the list only guesses (a part no vocabulary knows) comes after the signature's
    const guessed = key === 'affiliation' && listed?.parts.guessed === true;
    const sources: Array<{ found: string | null | undefined; snippet: string; confidence: number }> = [
      ...(guessed ? [] : [fromList]),
      { found: principal?.[key], snippet: principal?.snippet ?? '', confidence: 0.7 },
      { found: described?.[key], snippet: described?.snippet ?? '', confidence: 0.8 },
      { found: fallback, snippet: signature?.snippet ?? '', confidence: 0.7 },
      ...(guessed ? [fromList] : []),
    ];
    const source = sources.find((s) => s.found);
    if (!source) return null;
    if (source.snippet) evidence[key] = { value: source.found, snippet: source.snippet, confidence: source.confidence };
    return source.found!;
  };
  let name = read('name', signature?.name ?? null);
  if (name !== null && /^(n\/?a|none|nil|-+|\u2014|not applicable|no aplica|non applicable)$/i.test(name)) name = null;
  let affiliation = read('affiliation', signature?.affiliation ?? null);
  // "I'm a researcher at ..." in the letter: the organisation of a sender whose signature names none
  const intro = affiliation === null ? readSelfIntroduction(paragraphs) : null;
  if (intro) {
    affiliation = intro.affiliation;
    evidence.affiliation = { value: intro.affiliation, snippet: intro.snippet, confidence: 0.5 };
  }
  let country = read('country', signature?.country ?? null);
  // "Permanent Mission of the Republic of Singapore": the country a state body speaks for
  const stateOf = country === null && affiliation !== null ? countryOfStateBody(affiliation) : null;
  if (stateOf) {
    country = stateOf;
    evidence.country = { value: stateOf, snippet: evidence.affiliation?.snippet ?? affiliation!, confidence: 0.5 };
  }

  const anonymousField = c['contributor.anonymous'];
  const nameField = c['contributor.name'];
  const anonymousRequest = paragraphs.find(isAnonymousRequest);
  const anonymous =
    (anonymousField !== undefined && (anonymousField.value === '' || isAnonymousValue(anonymousField.value) || isAnonymousRequest(anonymousField.value)) && !/^\s*(no|non)\b/i.test(anonymousField.value)) ||
    (nameField !== undefined && ((isAnonymousValue(nameField.value) && !/^(yes|oui|si)$/i.test(nameField.value.trim())) || declinesName(nameField.value))) ||
    anonymousRequest !== undefined;
  if (anonymous) {
    const snippet = anonymousField?.snippet ?? anonymousRequest ?? nameField?.snippet ?? '';
    evidence.anonymous = { value: true, snippet, confidence: 1 };
    // the signature's or About-me snippet (evidence of the affiliation and country) shows the name too,
    // and the About-me name can differ from the Name: field
    const withheld = [name, listed?.parts.name, principal?.name, described?.name, signature?.name, from?.name].filter((n): n is string => !!n);
    for (const e of Object.values(evidence)) e.snippet = withholdName(e.snippet, withheld);
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

const CONTRIBUTOR_KEYS = ['name', 'affiliation', 'country'] as const;

/**
 * "Affiliation: Katrin Weber, Referentin für Digitalpolitik, Verein Y e.V., Köln, Deutschland", or one
 * answer line under the call's four "About you" labels taken as the last one's: the first field whose
 * value is a comma list naming a person or a job title, read part by part.
 */
function listedDetails(
  c: Questionnaire['contributor'],
): { key: (typeof CONTRIBUTOR_KEYS)[number]; parts: DetailParts; snippet: string; confidence: number } | null {
  for (const key of CONTRIBUTOR_KEYS) {
    const f = c[`contributor.${key}`];
    const value = f ? plainValue(f.value).trim() : '';
    if (!f || splitParts(value).length < 2) continue;
    const parts = readDetailParts(value);
    if (describesPerson(parts)) return { key, parts, snippet: f.snippet, confidence: f.confidence * 0.9 };
  }
  return null;
}

/** The snippet with the contributor's name words ("Rizal", "Hakim") blanked, for a contributor who asked not to be named. */
function withholdName(snippet: string, names: readonly string[]): string {
  // the capitalised words only: "Ministry of Health" as a display name does not blank every "of"
  const words = [...new Set(names.flatMap((n) => n.split(/[^\p{L}'’-]+/u)).filter((w) => w.length > 1 && /^\p{Lu}/u.test(w)))];
  if (words.length === 0) return snippet;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return snippet.replace(new RegExp(`(?<!\\p{L})(${escaped.join('|')})(?!\\p{L})`, 'giu'), '[withheld]');
}
