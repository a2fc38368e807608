import { tokenize } from '../../../core/text/normalize-text.js';
import { has } from '../word-family.js';
import { CONTACT, TITLES, countryName, independentRole, isAcronym, isCity, isCountry, isOrganisation, isPersonName, isRole, organisationAfterRole } from './read-signature-block.js';

/** A person's details read from one comma list: who, at which organisation, in which country. */
export interface DetailParts {
  name: string | null;
  affiliation: string | null;
  country: string | null;
  /** job titles named ("Lecturer in Public International Law"): a sign the list describes a person */
  roles: string[];
  /** the affiliation is only a part no vocabulary knows, taken for an organisation: a signature's organisation outranks it */
  guessed: boolean;
}

/**
 * Post-nominal credentials, degrees and suffixes ("PhD", "Ph.D.", "MBA", "LLM", "CISSP", "Esq.", "Jr.", "FRSA"),
 * folded and without their dots: they belong to the name before them, never to an organisation.
 */
const CREDENTIALS = new Set([
  'phd', 'dphil', 'edd', 'dba', 'md', 'dds', 'mba', 'msc', 'mres', 'ma', 'mphil', 'ms', 'meng', 'mpa', 'mpp', 'mph', 'llm', 'llb', 'lld', 'jd', 'bsc', 'ba', 'beng', 'bcl',
  'cissp', 'cism', 'cisa', 'crisc', 'cipp', 'cipm', 'cipt', 'ceh', 'oscp', 'gcih', 'pmp', 'cpa', 'acca', 'cfa', 'esq', 'jr', 'sr', 'ii', 'iii', 'iv',
  'frsa', 'fbcs', 'mbcs', 'fiet', 'frs', 'obe', 'mbe', 'cbe', 'kc', 'qc', 'hdr', 'mag', 'dipl', 'ing', 'mgr', 'lic',
]);

/** "PhD", "Ph.D.", "MSc, CISSP", "MBA CISM": a part made only of credential tokens */
export function isCredentials(part: string): boolean {
  const tokens = part.split(/[\s/&+]+/).map((t) => t.replace(/[.()]/g, '').toLowerCase()).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => CREDENTIALS.has(t));
}

type Kind = 'name' | 'role' | 'organisation' | 'country' | 'place' | 'other';

/**
 * "Dr Ana Ruiz, Lecturer in Law, University of X, Leeds, United Kingdom", "Katrin Weber, Referentin für
 * Digitalpolitik, Verein Y e.V., Köln, Deutschland", "Directeur, Centre Z, Dakar, Sénégal": a comma list
 * read as a sequence of parts. The name opens it; job titles are dropped; the organisation parts (an
 * organisation word, a legal form, an acronym, or a part no title or place follows it) make the
 * affiliation; the last country name is the country, the city before it is dropped.
 */
export function readDetailParts(text: string): DetailParts {
  const parts = splitParts(firstSentence(text)).filter((p) => !CONTACT.test(p));
  const kinds = parts.map((p, i): Kind => kindOf(p, i));
  const countryAt = kinds.lastIndexOf('country');
  const known = [...kinds];
  // a part no vocabulary knows is the city when it comes just before the country (or another place) after an
  // organisation; the field of the title before it when an organisation follows ("Director, Cyber Security, Ministry ...")
  for (let i = kinds.length - 1; i >= 0; i--) {
    if (kinds[i] !== 'other') continue;
    const next = kinds[i + 1];
    const before = kinds.slice(0, i).some((k) => k === 'organisation' || k === 'other');
    if ((next === 'country' || next === 'place') && before) kinds[i] = 'place';
    else if (known[i - 1] === 'role' && known.slice(i + 1).includes('organisation')) kinds[i] = 'role';
    else kinds[i] = 'organisation';
  }
  const organisations = parts.filter((_, i) => kinds[i] === 'organisation' && (countryAt < 0 || i < countryAt));
  const roles = parts.filter((_, i) => kinds[i] === 'role');
  // no organisation of its own: the one a title is held at ("Director of the Institute ..."), or an independent role
  const affiliation =
    organisations.length > 0 ? organisations.join(', ') : (roles.map(organisationAfterRole).find((o) => o !== null) ?? roles.map(independentRole).find((o) => o !== null) ?? null);
  return {
    name: kinds[0] === 'name' ? parts[0]! : null,
    affiliation,
    country: countryAt >= 0 ? parts[countryAt]! : null,
    roles,
    guessed: organisations.length > 0 && parts.every((_, i) => kinds[i] !== 'organisation' || known[i] === 'other'),
  };
}

/** Whether the text is a list of a person's details ("Name, title, organisation, country"), not a single answer. */
export function describesPerson(parts: DetailParts): boolean {
  return parts.name !== null || parts.roles.length > 0;
}

/** Whether a part after a name reads as one of a person's details: a title, an organisation, a place, a country or a credential. */
export function isDetailPart(part: string): boolean {
  return kindOf(part, 1) !== 'other';
}

function kindOf(part: string, at: number): Kind {
  if (at === 0 && isPersonName(part)) return 'name';
  // "Jane Doe, PhD": the name's credentials, not an organisation (nor "MA" a country's code)
  if (at > 0 && isCredentials(part)) return 'name';
  if (isCountry(part)) return 'country';
  if (isRole(part)) return 'role';
  if (isOrganisation(part) || isAcronym(part)) return 'organisation';
  if (/\d/.test(part) || isCity(part)) return 'place';
  return 'other';
}

const DASHES = '-\u2013\u2014';

/** The parts of a list: split at commas, semicolons, bars and spaced dashes, not inside brackets ("ZANOG (South African ..., SA)"). */
export function splitParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0) {
      // the dash first: a space is every few characters, a spaced dash rarely
      const sep = c === ',' || c === ';' || c === '|' ? 1 : DASHES.includes(text[i + 1] ?? '') && /^\s[-\u2013\u2014]\s/.test(text.slice(i, i + 3)) ? 3 : 0;
      if (sep === 0) continue;
      parts.push(text.slice(start, i));
      start = i + sep;
      i = start - 1;
    }
  }
  parts.push(text.slice(start));
  // the end of the sentence goes, not the dot of a legal form or initials ("Verein X e.V.")
  return parts.map((p) => p.trim().replace(/:+$/, '').replace(/(?<!\.\p{L}{1,3})\.+$/u, '').trim()).filter(Boolean);
}

/**
 * "…, United Kingdom. Happy to be named.": the list up to the end of its sentence. The dot of a title
 * ("Dr.", "Prof."), an initial or a legal form ("e.V.", "Ltd.") ends no sentence.
 */
export function firstSentence(text: string): string {
  if (!text.includes('.')) return text;
  const end = /(\p{L}+)\.\s+(?=\p{Lu})/gu;
  for (const m of text.matchAll(end)) {
    const word = m[1]!;
    const folded = tokenize(word)[0] ?? '';
    if (word.length <= 2 || TITLES.has(folded) || isOrganisation(word)) continue;
    return text.slice(0, m.index + word.length);
  }
  return text;
}

/** the bodies that speak for a state: "Permanent Mission of ...", "Embassy of ...", "Ministerio de ... de ..." */
const STATE_BODY = [
  'mission', 'mision', 'missao', 'embassy', 'ambassade', 'embajada', 'embaixada', 'botschaft', 'consulate', 'consulat', 'consulado', 'konsulat',
  'ministr*', 'ministere', 'ministerio', 'ministerium', 'government', 'gouvernement', 'gobierno', 'governo', 'regierung', 'delegation',
  'delegacion', 'delegacao', 'representation', 'representacion', 'representacao', 'vertretung',
];
/** the word a state body's name joins its country with: "of", "de", "du", "der" */
const OF = ['of', 'de', 'du', 'des', 'del', 'da', 'do', 'der', 'von'];
/** the most words a country's name has ("Saint Vincent and the Grenadines") */
const MAX_COUNTRY_WORDS = 6;

/**
 * "Permanent Mission of the Republic of Singapore, Geneva" → Singapore, "Ambassade du Sénégal" →
 * Sénégal: the country a state body's name says it speaks for, a country name of the vocabulary
 * right after an "of". Null for any other organisation ("University of Georgia" says no country).
 */
export function countryOfStateBody(name: string): string | null {
  if (!has(STATE_BODY, tokenize(name))) return null;
  // the words as written, without their punctuation: the country is given in the letter's spelling
  const ws = name.split(/\s+/).map((w) => w.replace(/^[("'’]+|[)"'’,;.:]+$/g, '')).filter(Boolean);
  let found: string | null = null;
  // the first country named: the body's own ("Embassy of France in the Republic of Chad": France)
  ws.forEach((w, i) => {
    if (found !== null || !has(OF, tokenize(w))) return;
    for (let n = Math.min(MAX_COUNTRY_WORDS, ws.length - i - 1); n >= 1; n--) {
      const words = ws.slice(i + 1, i + 1 + n).join(' ');
      if (countryName(words)) {
        found = words;
        return;
      }
    }
  });
  return found;
}
