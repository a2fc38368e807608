import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { AgreementSource, CatalogMatch, ContributedAgreement } from '../../core/contribution/parsed-message.js';
import { getCatalogTextIndex } from '../../core/text/catalog-text-index.js';
import { toContentTokens } from '../../core/text/content-tokens.js';
import { findAgreements } from '../../core/text/find-agreements.js';
import { extractEmails, extractLinks, plainValue } from './extract-links.js';
import { normalizeYear } from './normalize-year.js';
import type { RawAgreement, RawField } from './fields/read-questionnaire.js';
import { suggestNorms, type NormSuggestions } from './suggest-norms.js';

type Evidence = ContributedAgreement['evidence'];

/** Catalog matches by name and suggestions by text, for the blocks of one message: a pasted block often repeats. */
export interface AgreementMemo {
  matches: Map<string, CatalogMatch | null>;
  suggestions: Map<string, NormSuggestions>;
}

export function createAgreementMemo(): AgreementMemo {
  return { matches: new Map(), suggestions: new Map() };
}

/** One agreement block as read, normalised: year, links, maintainer contact, catalog match, suggestions. */
export function buildAgreement(raw: RawAgreement, catalog: CatalogSnapshot, now: Date, memo: AgreementMemo = createAgreementMemo()): ContributedAgreement {
  const evidence: Evidence = {};
  const note = (key: string, value: unknown, field: RawField | undefined, confidence = field?.confidence ?? 0) => {
    if (field) evidence[key] = { value, snippet: field.snippet, confidence };
  };
  const text = (f: RawField | undefined) => (f ? plainValue(f.value) : '');

  const name = text(raw['agreement.name']).replace(/^["'\u201c\u2018]+|["'\u201d\u2019]+$/g, '');
  note('name', name, raw['agreement.name']);
  const date = normalizeYear(raw['agreement.date']?.value ?? '', now);
  const bareYear = /^\D{0,3}\d{4}\D{0,3}$/.test(raw['agreement.date']?.value.trim() ?? '');
  note('launchYear', date.year, raw['agreement.date'], date.year === null ? 0 : bareYear ? 1 : 0.8);

  const parties = text(raw['agreement.parties']) || null;
  note('parties', parties, raw['agreement.parties']);
  const signatoriesValue = raw['agreement.signatories']?.value ?? '';
  const links = extractLinks(signatoriesValue);
  const signatories = links.length > 0 ? links : signatoriesValue.trim() ? [plainValue(signatoriesValue)] : [];
  note('signatories', signatories, raw['agreement.signatories']);

  const { maintainer, contact } = splitMaintainer(raw['agreement.maintainer']?.value ?? '', raw['agreement.contact']?.value ?? '');
  note('maintainer', maintainer, raw['agreement.maintainer']);
  note('maintainerContact', contact, raw['agreement.contact'] ?? (contact ? raw['agreement.maintainer'] : undefined), 0.9);

  const ggeText = raw['agreement.gge']?.value.trim() || null;
  note('ggeText', ggeText, raw['agreement.gge']);
  const suggested = memo.suggestions.get(ggeText ?? '') ?? suggestNorms(ggeText ?? '', catalog);
  memo.suggestions.set(ggeText ?? '', suggested);
  let catalogMatch = memo.matches.get(name);
  if (catalogMatch === undefined) {
    catalogMatch = matchCatalog(name, catalog);
    memo.matches.set(name, catalogMatch);
  }

  return {
    name,
    launchYear: date.year,
    launchDate: date.date,
    parties,
    signatories,
    maintainer,
    maintainerContact: contact,
    ggeText,
    // copies: blocks that share a memoised result must not share objects
    ggeNorms: suggested.ggeNorms.map((s) => ({ ...s })),
    normElements: suggested.normElements.map((s) => ({ ...s })),
    catalogMatch: catalogMatch ? { ...catalogMatch } : null,
    evidence,
    ...sourceAndConfidence(raw),
  };
}

/** Prose below tables below labelled answers, in that order; how sure, from the fields read and their labels. */
function sourceAndConfidence(raw: RawAgreement): { source: AgreementSource; confidence: number } {
  const fields = Object.values(raw);
  const source: AgreementSource = fields.some((f) => f.source === 'prose') ? 'prose' : fields.some((f) => f.source === 'table') ? 'table' : 'questionnaire';
  const name = raw['agreement.name'];
  const mean = fields.reduce((sum, f) => sum + f.confidence, 0) / Math.max(fields.length, 1);
  // a block without a name is still a draft, but a moderator must name it: half as sure
  const confidence = (name?.value.trim() ? (name.confidence + mean) / 2 : mean / 2) * (source === 'prose' ? PROSE_CONFIDENCE : 1);
  return { source, confidence: Math.round(confidence * 100) / 100 };
}

/** A name read from a letter's sentences is a guess beside a labelled answer. */
const PROSE_CONFIDENCE = 0.6;

/**
 * The words that label a contact inside a maintainer's value ("contact:", "e-mail:", "Tel."), as whole
 * words before a colon or a dot, or left alone once the address was taken out: "Directorate of
 * Telecommunications", "Telefónica" or "Contact Group on ..." keep their letters.
 */
const CONTACT_LABEL = /(?<![\p{L}\p{N}])(?:mailto:|(?:contact(?:o|\s+information)?|e-?mail|courriel|correo|t[eé]l[eé]?(?:phone|fono)?|phone)(?![\p{L}\p{N}-])(?:\s*[.:\uff1a]+|(?=\s*(?:$|[)\],;]))))\s*/giu;

/** "Forum Secretariat (info@forumsec.org)" -> maintainer "Forum Secretariat", contact "info@forumsec.org". */
function splitMaintainer(value: string, contactValue: string): { maintainer: string | null; contact: string | null } {
  const contacts = [...extractEmails(value), ...extractLinks(value)];
  let rest = plainValue(value);
  for (const c of contacts) rest = rest.split(c).join('');
  rest = rest.replace(CONTACT_LABEL, '').replace(/\(\s*[:;,]?\s*\)|\[\s*\]|<\s*>/g, '');
  rest = rest.replace(/[\s,;:(\-\u2013]+$/g, '').replace(/^[\s,;:)]+/, '').replace(/\s{2,}/g, ' ').trim();
  const contact = [...contacts, ...contactOf(contactValue)].join('; ');
  return { maintainer: rest || null, contact: contact || null };
}

/** A contact field's addresses, or its text without a bracket left open or closed by the line it came from. */
function contactOf(value: string): string[] {
  if (!value.trim()) return [];
  const found = [...extractEmails(value), ...extractLinks(value)];
  return found.length > 0 ? found : [plainValue(value).replace(/^[(\[]+(?![^()[\]]*[)\]])|(?<![(\[][^()[\]]*)[)\]]+$/g, '').trim()];
}

/** A contributed name this close to a catalog name is that agreement, as for a name read in prose. */
const NAME_MATCH_SCORE = 0.75;

/**
 * The catalog agreement a contributed name is: most of a catalog name or alias is in it, or it holds
 * a word only that agreement's names use ("Appel de Paris pour la confiance ...", "GCSC norms").
 * Sharing common words ("Kestrel Charter on Responsible State Behaviour in Cyberspace" and "G7
 * declaration on responsible state behaviour in cyberspace") is no match: it is a new agreement.
 */
function matchCatalog(name: string, catalog: CatalogSnapshot): CatalogMatch | null {
  if (name === '') return null;
  const best = findAgreements(name, catalog).find((m) => m.score >= NAME_MATCH_SCORE || hasTellingWord(name, m.agreement.id, catalog));
  return best ? { agreementId: best.agreement.id, name: best.agreement.name, score: best.score } : null;
}

/** how close a word must be to a telling word to stand for it (the matcher's own bar for one) */
const TELLING_SIMILARITY = 0.85;

/** Whether the name has (up to a typo, for a word the catalog does not know) a word that only this agreement's names use. */
function hasTellingWord(name: string, agreementId: number, catalog: CatalogSnapshot): boolean {
  const index = getCatalogTextIndex(catalog).agreements;
  const ofAgreement = (token: string) => Array.from(index.postings.get(token) ?? []).some((id) => index.variant(id).agreementId === agreementId);
  return toContentTokens(name).some((t) => {
    const similar = index.similar(t.text);
    // a word the catalog knows stands for itself, not for a telling word one letter away ("cyberspace", "cyberespace")
    const meant = similar.some((s) => s.sim === 1) ? similar.filter((s) => s.sim === 1) : similar;
    return meant.some((s) => s.sim >= TELLING_SIMILARITY && index.isDecisive(s.token) && ofAgreement(s.token));
  });
}
