import nlp from 'compromise';
import { tokenize } from '../../../core/text/normalize-text.js';
import { has } from '../is-anonymous-request.js';

export interface SignatureBlock {
  name: string | null;
  affiliation: string | null;
  country: string | null;
  snippet: string;
}

/*
 * Word families (folded words, `x*` = any word starting with x), English, French and Spanish.
 * A closing is a short line made of courtesy words ("Best regards," "Avec nos salutations
 * distinguées," "Un cordial saludo,") or a formal closing sentence ("Veuillez agréer, Madame,
 * Monsieur, l'expression de mes salutations distinguées.").
 */
const COURTESY = [
  'regards', 'wishes', 'sincere*', 'faithful*', 'respectful*', 'cordial*', 'thank*', 'thx', 'cheers', 'yours', 'best',
  'merci', 'remerci*', 'salutation*', 'amiti*', 'amical*', 'bises', 'gracias', 'agradec*', 'saludo*', 'saluda*', 'atent*', 'abrazo*',
];
/** words a closing wraps its courtesy words in: "with kind regards", "avec nos salutations distinguées", "muy atentamente" */
const MODIFIER = [
  'with', 'kind', 'kindest', 'warm', 'warmest', 'many', 'all', 'the', 'very', 'truly', 'again', 'and', 'my', 'our', 'in', 'advance',
  'you', 'so', 'much', 'avec', 'mes', 'nos', 'bien', 'tres', 'beaucoup', 'meilleur*', 'distingu*', 'a', 'vous', 'toutes', 'un', 'una', 'muy',
  'muchas', 'muchos', 'con', 'mis', 'le', 'les', 'de', 'y', 'por', 'su', 'reciba',
];
/** closings made of words that are no courtesy words on their own */
const PHRASES = new Set(['bien a vous', 'take care', 'a bientot', 'hasta pronto', 'all the best']);
/** a formal closing sentence asks the reader to accept ... */
const FORMAL_VERB = ['veuillez', 'agreer', 'prie', 'recevez', 'accept*', 'reciba', 'acepte', 'reitero', 'reiterar*', 'aprovecho'];
/** ... the writer's regards */
const FORMAL_NOUN = ['salutation*', 'sentiment*', 'considera*', 'hommage*', 'regards', 'saludo*'];
/** the longest closing line ("With many thanks and best wishes,") and formal closing sentence */
const MAX_CLOSING_WORDS = 8;
const MAX_FORMAL_WORDS = 30;
const MAX_CLOSING_CHARS = 300;

/** organisation words, and legal forms written with or without dots ("S.p.A.", "e.V.", "ASA") */
const ORGANISATION = [
  'institut*', 'universi*', 'ministr*', 'ministere', 'ministerio', 'foundation', 'fondation', 'fundaci*', 'center', 'centre', 'centro', 'council',
  'conseil', 'consejo', 'association', 'asociaci*', 'associa*', 'agency', 'agence', 'agencia', 'forum', 'foro', 'lab', 'labs', 'laboratoire', 'laboratorio',
  'inc', 'ltd', 'llc', 'gmbh', 'sa', 'spa', 'srl', 'sarl', 'sas', 'ev', 'ag', 'asa', 'plc', 'bv', 'nv', 'oy', 'pty', 'corporation', 'corp', 'company',
  'group', 'groupe', 'grupo', 'society', 'societe', 'sociedad', 'network*', 'reseau', 'red', 'office', 'oficina', 'bureau', 'department',
  'departement', 'departamento', 'secretariat', 'secretaria', 'alliance', 'alianza', 'coalition', 'coalicion', 'initiative', 'programme',
  'program', 'cert', 'csirt', 'commission', 'comision', 'authority', 'autorite', 'autoridad', 'observatoire', 'observatorio', 'chamber',
  'chambre', 'camara', 'school', 'ecole', 'escuela', 'college', 'academy', 'academie', 'academia', 'trust', 'fund', 'fonds', 'fondo',
  'partners', 'consulting', 'technologies', 'systems', 'verband', 'federation', 'federacion', 'union',
];
/** job titles: a line that opens with one is the sender's role ("Policy Officer, Cyber Programme"), not their organisation */
const ROLE = [
  'director*', 'directeur', 'directrice', 'head', 'chief', 'chef', 'jefe', 'jefa', 'senior', 'advis*', 'conseill*', 'asesor*', 'officer',
  'manager', 'gestionnaire', 'gerente', 'presiden*', 'chair*', 'secretary', 'secretaire', 'secretario', 'fellow', 'researcher', 'chercheu*',
  'investigador*', 'analyst*', 'analista', 'coordinator', 'coordinat*', 'coordinador*', 'professor', 'professeur*', 'profesor*', 'lead', 'responsable',
  'charge', 'chargee', 'assistant*', 'asistente', 'executive', 'executi*', 'vice', 'deputy', 'adjoint*', 'adjunt*', 'consultant*', 'engineer',
  'ingenieu*', 'ingenier*', 'policy', 'counsel', 'attache', 'handler', 'specialist', 'specialiste', 'especialista', 'expert', 'experto', 'experta',
  'student', 'etudiant*', 'estudiante', 'doctorant*', 'founder', 'fundador*', 'ceo', 'cto', 'ciso', 'member', 'membre', 'miembro', 'behalf',
];
/** who is speaking or spoken to: a line with one is a sentence ("Sent from my iPhone", a disclaimer), not a signature line */
const PRONOUN = ['i', 'me', 'my', 'we', 'our', 'you', 'your', 'je', 'mon', 'ma', 'mes', 'nous', 'notre', 'vous', 'votre', 'yo', 'mi', 'nosotros', 'nuestro', 'nuestra', 'usted'];
const CONTACT = /@|https?:\/\/|www\.|\+?\d[\d\s().-]{6,}|^(tel|phone|t[eé]l[eé]phone|tel[eé]fono|fax|mobile|m[oó]vil|email|e-mail|courriel|correo|web)\b/i;
const TITLE = /^(dr|prof|pr|mr|mrs|ms|mme|mlle|m|sr|sra|srta|dra|h\.?e\.?|amb)\.?\s+/i;
const TITLES = new Set(['dr', 'prof', 'pr', 'mr', 'mrs', 'ms', 'mme', 'mlle', 'sr', 'sra', 'srta', 'dra', 'amb']);
/** how far from the end of the text a line repeating the sender's name is still the signature */
const SIGNATURE_TAIL = 12;
/** how many lines below the name a signature runs */
const SIGNATURE_LINES = 7;

/** Legal forms lose their dots ("S.p.A." "e.V." read as "spa", "ev") before the words are folded. */
const words = (line: string) => tokenize(line.replace(/\.(?=\p{L})/gu, ''));
const isOrganisation = (line: string) => has(ORGANISATION, words(line));
const isRole = (line: string) => has(ROLE, words(line)) && !isOrganisation(line);

let countries: Map<string, string> | null = null;
/** words that join a country's name and may be written either way ("Trinidad and Tobago", "Trinidad & Tobago") */
const JOINERS = new Set(['and', 'et', 'y', 'e', 'the']);
/** words the initials of a country's name skip ("République démocratique du Congo": RDC) */
const SMALL = new Set([...JOINERS, 'of', 'de', 'du', 'des', 'del', 'la', 'le', 'las', 'los']);

/** The form a country name is looked up in: folded words without joiners, "St" as "Saint", letters of "U.S.A." as one word. */
function countryKey(text: string): string {
  const t = tokenize(text).filter((w) => !JOINERS.has(w)).map((w) => (w === 'st' ? 'saint' : w));
  return t.every((w) => w.length === 1) ? t.join('') : t.join(' ');
}

/**
 * Country names in English, French and Spanish and their short forms, from the runtime's locale
 * data (long and short names: "United Kingdom", "UK", "Trinité-et-Tobago") and compromise's
 * lexicon of countries ("USA", "England"), plus the initials of names of three words or more
 * ("UAE", "RDC", "PNG"). No list is kept here.
 */
function countryNames(): Map<string, string> {
  if (countries) return countries;
  const known = new Map<string, string>();
  const add = (name: string) => {
    if (!known.has(countryKey(name))) known.set(countryKey(name), name);
    const initials = tokenize(name).filter((w) => !SMALL.has(w)).map((w) => w[0]);
    if (initials.length >= 3) known.set(initials.join(''), name);
  };
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const locale of ['en', 'fr', 'es']) {
    for (const style of ['long', 'short'] as const) {
      const names = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
      for (const a of letters) for (const b of letters) {
        const name = names.of(a + b);
        if (name) add(name);
      }
    }
  }
  const { lexicon } = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one;
  for (const [word, tag] of Object.entries(lexicon)) if (tag === 'Country' || (Array.isArray(tag) && tag.includes('Country'))) add(word);
  countries = known;
  return countries;
}

/** A short form ("US", "UAE", "U.S.A.") counts only written in capitals: "us" is a word. */
const isCountry = (piece: string) => {
  const key = countryKey(piece);
  if (!countryNames().has(key)) return false;
  return key.length > 3 || piece === piece.toUpperCase();
};

/** "Canberra, Australia", "Port of Spain, Trinidad and Tobago", "Washington, DC, USA": the country a line names, as written. */
export function findCountry(line: string): string | null {
  const pieces = line.split(/[,;()|/\u2013\u2014]|\s-\s/).map((p) => p.trim()).filter(Boolean);
  for (const piece of pieces.reverse()) if (isCountry(piece)) return piece;
  return null;
}

/**
 * "Best regards,", "Avec nos salutations distinguées,", "Un cordial saludo", "Thank you for
 * considering our input.", "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations
 * distinguées.": the line a letter's signature follows.
 */
export function isClosing(line: string): boolean {
  const text = line.trim();
  // a closing is a line or one sentence: a longer line (a pasted paragraph, a megabyte of text) is not folded word by word
  if (text.length > MAX_CLOSING_CHARS) return false;
  const t = tokenize(text);
  if (t.length === 0) return false;
  if (PHRASES.has(t.join(' '))) return true;
  // only courtesy words: "Best regards", "Cordialement", "Muy atentamente"
  const isCourtesy = (w: string) => has(COURTESY, [w]);
  if (t.length <= MAX_CLOSING_WORDS && t.some(isCourtesy) && t.every((w) => isCourtesy(w) || has(MODIFIER, [w]))) return true;
  // a short line that opens with thanks or regards and ends like a closing: "Thanks again for your work," (not "Best practices,")
  const head = t.slice(0, 3);
  if (t.length <= MAX_CLOSING_WORDS && /[,.!]$/.test(text) && (isCourtesy(t[0]!) || has(MODIFIER, [t[0]!])) && head.some((w) => w !== 'best' && isCourtesy(w))) return true;
  // a formal closing sentence: a request to accept the writer's regards, ending the sentence
  if (t.length <= MAX_FORMAL_WORDS && /\.$/.test(text) && has(FORMAL_VERB, t) && has(FORMAL_NOUN, t.slice(-4))) return true;
  // "Regards, Ana Silva": a closing and the name on one line
  const comma = text.indexOf(',');
  return comma > 0 && isClosing(text.slice(0, comma)) && isPersonName(text.slice(comma + 1));
}

/**
 * The signatory of a letter: the name after its closing ("Yours sincerely," "Cordialement,",
 * or any short line ending with a comma just above a name: "Fakafeta'i lahi,") or, with no
 * closing, the line near the end that repeats the sender's name ("Rizal Hakim", "Ana" from
 * "Ana Lúcia Ferreira"); then the lines below it, read as role (skipped), organisation and
 * country, down to the first sentence (a disclaimer, "Sent from my iPhone"). Null when neither is found.
 */
export function readSignatureBlock(lines: readonly string[], sender: string | null = null): SignatureBlock | null {
  return afterClosing(lines) ?? atSenderName(lines, sender);
}

function afterClosing(lines: readonly string[]): SignatureBlock | null {
  let closing = -1;
  lines.forEach((line, i) => {
    if (isClosing(line) || (isShortComma(line) && isPersonName(lines[i + 1] ?? ''))) closing = i;
  });
  if (closing < 0) return null;
  // "Best regards, Ana Silva" on one line
  const sameLine = lines[closing]!.split(/,\s*/).slice(1).join(', ').trim();
  const after = [...(sameLine ? [sameLine] : []), ...lines.slice(closing + 1, closing + 8)].map((l) => l.trim()).filter((l) => l !== '' && !CONTACT.test(l));
  const nameAt = after.findIndex(isPersonName);
  if (nameAt < 0) return null;
  const name = after[nameAt]!.replace(/[,;]\s*$/, '').trim();
  return readBelow(name, after.slice(nameAt + 1), sameLine && nameAt === 0 ? [lines[closing]!] : [lines[closing]!, after[nameAt]!]);
}

/** "Fakafeta'i lahi,": a closing in a language without a vocabulary here, known by its place above a name. */
const isShortComma = (line: string) => /,\s*$/.test(line) && line.trim().split(/\s+/).length <= 3;

/** The last line near the end that is the sender's name, or part of it ("Ana" for "Ana Lúcia Ferreira"). */
function atSenderName(lines: readonly string[], sender: string | null): SignatureBlock | null {
  const own = new Set(tokenize(sender ?? '').filter((w) => !TITLES.has(w)));
  if (own.size === 0) return null;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - SIGNATURE_TAIL); i--) {
    const line = lines[i]!.replace(/^[\s\u2013\u2014-]+/, '').replace(/[,;.]\s*$/, '').trim();
    const t = tokenize(line).filter((w) => !TITLES.has(w));
    const named = t.filter((w) => w.length > 1);
    if (named.length === 0 || t.length > 6 || !named.every((w) => own.has(w)) || !looksLikeName(line)) continue;
    // the signature's own spelling when it is the whole name ("Marcus J. Whitfield" for "Whitfield, Marcus J."), else the sender's
    const name = [...own].every((w) => t.includes(w)) ? line : sender!.trim();
    return readBelow(name, lines.slice(i + 1).map((l) => l.trim()).filter((l) => l !== '' && !CONTACT.test(l)), [lines[i]!.trim()]);
  }
  return null;
}

/** The role, organisation and country lines below the name, down to a postscript or a sentence. */
function readBelow(name: string, following: readonly string[], anchor: readonly string[]): SignatureBlock {
  const end = following.findIndex((l) => /^(p\.?\s?s|n\.?\s?b)\b\.?/i.test(l) || isSentence(l));
  const below = following.slice(0, end < 0 ? SIGNATURE_LINES : Math.min(end, SIGNATURE_LINES));
  const country = below.map(findCountry).find((c) => c !== null) ?? null;
  const affiliation = readAffiliation(below);
  return { name, affiliation, country, snippet: [...anchor, ...below].join('\n') };
}

/**
 * The organisation among the signature's lines: a line with an organisation word; failing that, a
 * line that is no role, place or country ("CARICOM IMPACS"); failing that, what follows a role
 * ("Senior Fellow, Australian Strategic Policy Institute"). "Title | Organisation" is two lines.
 */
function readAffiliation(below: readonly string[]): string | null {
  const pieces = below.flatMap((l) => l.split(/\s+[|\u00b7\u2022]\s+/)).map((p) => p.replace(/[,;]\s*$/, '').trim()).filter(Boolean);
  const org: string[] = [];
  const plain: string[] = [];
  const afterRole: string[] = [];
  for (const piece of pieces) {
    const [first, ...rest] = piece.split(/,\s*/);
    if (isRole(first!)) {
      if (rest.length > 0 && isOrganisation(rest.join(', ')) && findCountry(rest.join(', ')) === null) afterRole.push(rest.join(', '));
    } else if (findCountry(piece) === null) (isOrganisation(piece) ? org : plain).push(piece);
  }
  return org[0] ?? plain[0] ?? afterRole[0] ?? null;
}

/** A disclaimer, a "Sent from my iPhone": a sentence, not a line of a signature. */
function isSentence(line: string): boolean {
  const lower = line.split(/\s+/).filter((w) => w !== w.toUpperCase() || w.length === 1);
  return line.split(/\s+/).length > 12 || (/[.!?]$/.test(line) && line.split(/\s+/).length > 4) || has(PRONOUN, tokenize(lower.join(' ')));
}

/** Capitalised words, no digits, no organisation, role or country: a name as a signature writes it. */
function looksLikeName(line: string): boolean {
  const ws = line.replace(TITLE, '').split(/\s+/);
  if (/\d|@/.test(line) || ws.length > 5) return false;
  if (!ws.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w) || /^(de|da|del|van|von|der|la|le|y|bin|al|el)$/i.test(w))) return false;
  return !isOrganisation(line) && !has(ROLE, words(line)) && findCountry(line) === null;
}

/** Two to five capitalised words, no digits, no organisation or role words, and a person to compromise or a title. */
function isPersonName(line: string): boolean {
  const clean = line.replace(/[,;.]\s*$/, '').trim();
  const ws = clean.replace(TITLE, '').split(/\s+/);
  if (ws.length < 2 || !looksLikeName(clean)) return false;
  return TITLE.test(clean) || nlp(clean).has('#Person') || ws.length <= 4;
}
