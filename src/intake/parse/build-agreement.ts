import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { AgreementSource, CatalogMatch, ContributedAgreement } from '../../core/contribution/parsed-message.js';
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

/** "Forum Secretariat (info@forumsec.org)" -> maintainer "Forum Secretariat", contact "info@forumsec.org". */
function splitMaintainer(value: string, contactValue: string): { maintainer: string | null; contact: string | null } {
  const contacts = [...extractEmails(value), ...extractLinks(value)];
  let rest = plainValue(value);
  for (const c of contacts) rest = rest.split(c).join('');
  rest = rest.replace(/\b(mailto:|contact(?:\s+information)?\s*:?|e-?mail\s*:?|tel\.?\s*:?)\s*/gi, '').replace(/\(\s*[:;,]?\s*\)|\[\s*\]|<\s*>/g, '');
  rest = rest.replace(/[\s,;:(\-\u2013]+$/g, '').replace(/^[\s,;:)]+/, '').replace(/\s{2,}/g, ' ').trim();
  const contact = [...contacts, ...(contactValue.trim() ? [plainValue(contactValue)] : [])].join('; ');
  return { maintainer: rest || null, contact: contact || null };
}

function matchCatalog(name: string, catalog: CatalogSnapshot): CatalogMatch | null {
  if (name === '') return null;
  const best = findAgreements(name, catalog)[0];
  return best ? { agreementId: best.agreement.id, name: best.agreement.name, score: best.score } : null;
}
