import nlp from 'compromise';
import { countNormalWords, tokenize } from '../../../core/text/normalize-text.js';
import { has, mayHave } from '../word-family.js';

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
/**
 * Every closing has one of these words: a courtesy word, a formal closing's noun, or the longest
 * word of the phrase it is (a line or its part before a comma, for "Regards, Ana Silva").
 */
const CLOSING_NEEDS = [...COURTESY, ...FORMAL_NOUN, ...[...PHRASES].map((p) => p.split(' ').reduce((a, b) => (b.length > a.length ? b : a)))];
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
  'assemblee', 'assembly', 'asamblea', 'assembleia', 'parliament', 'parlement', 'parlamento', 'parlament', 'senat', 'senate', 'senado',
  'bundestag', 'congress', 'congreso', 'universidade', 'hochschule', 'ministerium', 'ministerio', 'behorde', 'stiftung', 'verein', 'ltda', 'eireli',
  'bank', 'banque', 'banco', 'telecom*', 'bundesamt', 'amt', 'instituto', 'fundacao', 'associacao', 'agencia', 'conselho', 'secretaria*',
  'hub', 'embassy', 'ambassade', 'embajada', 'embaixada', 'botschaft', 'delegation', 'delegacion',
];
/** legal forms that are English words in lower case ("as", "ab"): an organisation only as written, "Vindhavn Energi AS", "Nordvik A/S" */
const CAPITAL_LEGAL_FORM = /(?:^|\s)(?:AS|A\/S|ApS|AB|a\.s\.)(?=$|[\s,;.)])/;
/** job titles: a line that opens with one is the sender's role ("Policy Officer, Cyber Programme"), not their organisation */
const ROLE = [
  'director', 'directora', 'directeur', 'directrice', 'direktor', 'direktorin', 'diretor', 'diretora', 'head', 'chief', 'chef*', 'jefe',
  'jefa', 'senior', 'adviser', 'advisor', 'conseill*', 'asesor', 'asesora', 'assessor', 'assessora', 'berater', 'beraterin', 'officer',
  'manager', 'gestionnaire', 'gerente', 'president', 'presidente', 'presidenta', 'prasident*', 'chair', 'chairman', 'chairwoman', 'chairperson', 'secretary', 'secretaire', 'secretario', 'fellow', 'researcher', 'chercheu*',
  'investigador*', 'pesquisador*', 'analyst*', 'analista', 'coordinator', 'coordinateur', 'coordinatrice', 'coordinador*', 'coordenador*', 'professor', 'professeur*', 'profesor*', 'lead', 'responsable',
  'charge', 'chargee', 'assistant*', 'asistente', 'executive', 'executi*', 'vice', 'deputy', 'adjoint*', 'adjunt*', 'consultant*', 'engineer',
  'ingenieu*', 'ingenier*', 'policy', 'counsel', 'attache', 'handler', 'specialist', 'specialiste', 'especialista', 'expert', 'experto', 'experta',
  'student', 'etudiant*', 'estudiante', 'doctorant*', 'founder', 'fundador*', 'ceo', 'cto', 'ciso', 'member', 'membre', 'miembro', 'behalf',
  'administrat*', 'administrador*', 'ambassador*', 'ambassadeur*', 'ambassadrice*', 'embajador*', 'embaixador*', 'botschafter*', 'diplomat*', 'delegate', 'delegue*', 'delegad*',
  'envoy', 'representative', 'representant*', 'commissioner', 'commissaire', 'comisionad*', 'rapporteur', 'relator*', 'lecturer', 'maitre*', 'dozent*',
  'docente', 'leiter*', 'referent*', 'mitarbeiter*', 'sachbearbeiter*', 'geschaftsfuhrer*', 'professora', 'estudante', 'doutorand*',
  'doktorand*', 'intern', 'stagiaire', 'becari*', 'lawyer', 'attorney', 'advocate', 'avocat*', 'abogad*', 'advogad*', 'juriste', 'jurist*', 'editor', 'journalist*',
  'dean', 'doyen', 'doyenne', 'decano', 'decana', 'dekan', 'dekanin', 'partner', 'associate', 'counsellor', 'councillor', 'inspector', 'inspecteur', 'technicien*', 'tecnico', 'tecnica', 'auditor*', 'auditeur*',
];
/**
 * A role held on one's own account ("Independent researcher", "freiberuflicher Berater", "consultora
 * independiente"): with no organisation named, it is what a moderator reads as the affiliation.
 */
const INDEPENDENT = ['independ*', 'freelanc*', 'freiberuf*', 'selbststandig*', 'selbstandig*', 'unabhangig*', 'unaffiliated', 'autonomo', 'autonoma', 'autonome', 'self'];
/** words that qualify the role noun after them ("Senior Policy Adviser", "Executive Office"): a line's head word is the first other word */
const QUALIFIER = ['senior', 'junior', 'principal', 'vice', 'deputy', 'acting', 'interim', 'executive', 'policy', 'associate', 'assistant', 'lead', 'general', 'sous', 'sub', 'stellvertretend*'];
/** "Researcher at Example University", "Jefe de Seguridad en Banco Andino": the preposition between a role and its organisation */
const AT = ['at', 'with', 'chez', 'a', 'en', 'em', 'bei', 'na', 'no'];
/** "Director of the Institute ...": 'of' joins a role to its organisation only when an organisation word follows ("Head of Policy" is a role) */
const OF = ['of', 'de', 'du', 'des', 'del', 'da', 'do', 'von', 'der'];
const ARTICLE = /^(the|la|le|l['’]|el|los|las|les|der|die|das|den|a|o|os|as)\s*/i;
/** who is speaking or spoken to: a line with one is a sentence ("Sent from my iPhone", a disclaimer), not a signature line */
const PRONOUN = ['i', 'me', 'my', 'we', 'our', 'you', 'your', 'je', 'mon', 'ma', 'mes', 'nous', 'notre', 'vous', 'votre', 'yo', 'mi', 'nosotros', 'nuestro', 'nuestra', 'usted'];
/** a contact line or piece (e-mail, web address, phone number, "Tel:"): never a name, role, organisation or country */
export const CONTACT = /@|https?:\/\/|www\.|\+?\d(?:[\s().-]*\d){6,}|^(tel|phone|t[eé]l[eé]phone|tel[eé]fono|fax|mobile|m[oó]vil|email|e-mail|courriel|correo|web)\b/i;
export const TITLE = /^(dr|prof|pr|mr|mrs|ms|mme|mlle|m|sr|sra|srta|dra|h\.?e\.?|amb)\.?\s+/i;
export const TITLES = new Set(['dr', 'prof', 'pr', 'mr', 'mrs', 'ms', 'mme', 'mlle', 'sr', 'sra', 'srta', 'dra', 'amb']);
/** how far from the end of the text a line repeating the sender's name is still the signature */
const SIGNATURE_TAIL = 12;
/** how many lines below the name a signature runs */
const SIGNATURE_LINES = 7;
/** the longest signature line: a title and its translation ("Senior Policy Advisor, ... | Conseillère principale ...") */
const MAX_SIGNATURE_LINE_CHARS = 250;

/** Legal forms lose their dots ("S.p.A." "e.V." read as "spa", "ev") before the words are folded. */
const words = (line: string) => tokenize(line.includes('.') ? line.replace(/\.(?=\p{L})/gu, '') : line);
export const isOrganisation = (line: string) => has(ORGANISATION, words(line)) || CAPITAL_LEGAL_FORM.test(line);
/** "ANTIC", "UNAM", "ZANOG (South African ...)": a piece that opens with an acronym names an organisation, not a place */
export const isAcronym = (piece: string) => /^\p{Lu}{2,}(?:$|\s*\()/u.test(piece.trim());
/** "a masters student", "chercheuse": the text names a role */
export const hasRoleWord = (text: string) => has(ROLE, words(text));
/** the prepositions a title's head word comes before: "Head of ...", "Lecturer in ...", "Referentin für ...", "Chargée de ..." */
const ROLE_PREPOSITION = [...OF, ...AT, 'for', 'in', 'to', 'pour', 'para', 'fur', 'im', 'zu'];
/**
 * A job title: a line with a role word and no organisation word ("Capacity Building Coordinator"), or
 * one whose head word is a role ("Gerente de Seguridad de Red", "Administratrice de la commission",
 * "Programme Officer"): the organisation words of a role line name the role's field, the organisation
 * is on another line. The head is the last word before the first preposition, qualifiers aside: the
 * noun an English title ends with ("Programme Officer"), the one a French or Spanish title opens with.
 */
export function isRole(line: string): boolean {
  const t = words(line.replace(TITLE, ''));
  if (!has(ROLE, t)) return false;
  if (!isOrganisation(line)) return true;
  const head = beforePreposition(t).filter((w) => !has(QUALIFIER, [w])).pop();
  return head !== undefined && has(ROLE, [head]);
}

/** a title's words up to its first preposition: "Head of Policy" -> "head", "Programme Officer" -> "programme officer" */
function beforePreposition(t: readonly string[]): readonly string[] {
  const before = t.findIndex((w, i) => i > 0 && has(ROLE_PREPOSITION, [w]));
  return before < 0 ? t : t.slice(0, before);
}

/** Whether a phrase's head noun is a role: "Project Lead", "Responsable des opérations", not "Member States". */
export const endsWithRole = (phrase: string) => {
  const head = beforePreposition(words(phrase.replace(TITLE, ''))).at(-1);
  return head !== undefined && has(ROLE, [head]);
};

/** "Independent researcher": a role held on one's own account, what a moderator reads as the affiliation when no organisation is named. */
export const independentRole = (piece: string) => (has(INDEPENDENT, words(piece)) ? piece.split(/\s*\(/)[0]!.trim() : null);

/**
 * "Researcher at Example University", "Jefe de Seguridad en Banco Andino", "Director of the Institute
 * for Security Studies": the organisation a role is held at, up to a comma or bracket, or null.
 */
export function organisationAfterRole(text: string): string | null {
  const ws = text.split(/\s+/).filter(Boolean);
  const fold = (w: string) => tokenize(w.replace(/\.(?=\p{L})/gu, ''));
  const role = ws.findIndex((w) => has(ROLE, fold(w)));
  if (role < 0) return null;
  let ofSeen = false;
  for (let i = role + 1; i < Math.min(ws.length, role + 6); i++) {
    const f = fold(ws[i]!);
    if (f.length !== 1 || !(has(AT, f) || (!ofSeen && has(OF, f)))) continue;
    const tail = ws.slice(i + 1).join(' ').split(/\s*[,;:(|\u2013\u2014]|\s-\s|[.!?](?:\s|$)/)[0]!.replace(ARTICLE, '').trim();
    const first = words(tail)[0];
    // after 'of' the organisation opens with its organisation word; after 'at' it is anywhere ("at Red Andina Telecom")
    if (tail !== '' && (has(AT, f) ? isOrganisation(tail) : first !== undefined && has(ORGANISATION, [first]))) return tail;
    if (has(AT, f)) return null;
    // "Gerente de Seguridad de Red": only the first 'de' joins the role to an organisation
    ofSeen = true;
  }
  return null;
}

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
 * Country names in English, French, Spanish, German and Portuguese and their short forms, from the runtime's locale
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
  for (const locale of ['en', 'fr', 'es', 'de', 'pt']) {
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
export const isCountry = (piece: string) => {
  const key = countryKey(piece);
  if (!countryNames().has(key)) return false;
  return key.length > 3 || piece === piece.toUpperCase();
};

/** "singapore", "trinite et tobago": the vocabulary's name of the country written in these words, or null (short forms are no names here). */
export function countryName(text: string): string | null {
  const key = countryKey(text);
  return key.length > 3 ? (countryNames().get(key) ?? null) : null;
}

/** "Canberra, Australia", "Port of Spain, Trinidad and Tobago", "Washington, DC, USA": the country a line names, as written. */
export function findCountry(line: string): string | null {
  const pieces = line.split(/[,;()|/\u2013\u2014]|\s-\s/).map((p) => p.trim()).filter(Boolean);
  for (const piece of pieces.reverse()) if (isCountry(piece)) return piece;
  return null;
}

/** words a letter's greeting opens with: "Dear colleagues,", "Chers membres du BPF,", "Estimados miembros del BPF:" */
const GREETING = ['dear', 'hello', 'hi', 'greetings', 'cher', 'chere', 'chers', 'cheres', 'madame', 'monsieur', 'mesdames', 'messieurs', 'bonjour', 'estimad*', 'querid*', 'hola', 'distinguid*', 'respetad*', 'senor', 'senora', 'senores', 'senoras'];
const MAX_GREETING_WORDS = 12;
/**
 * A line's first word, when it and what comes before it are ASCII and an ASCII mark or the end
 * follows it: then it is the first word of the line's normal form (tokenize), lower-cased. Other
 * lines ("¡Hola!", "Señores:") are left to tokenize, which folds their accents.
 */
const ASCII_FIRST_WORD = /^[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]*([A-Za-z0-9]+)(?=[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]|$)/;

/**
 * The greeting a letter opens with: a short line whose first word greets, ending with a comma, a
 * colon or nothing. "Estimados miembros del BPF:" is no label, though "miembros" and its colon look
 * like one.
 */
export function isGreeting(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_CLOSING_CHARS || /[.?]$/.test(text)) return false;
  // this is asked of the first line of every block: most open with a word no greeting or salutation opens with, told before the line is counted and split
  const first = ASCII_FIRST_WORD.exec(text)?.[1]?.toLowerCase();
  if (first !== undefined && !has(GREETING, [first]) && !has(TO, [first]) && !ARTICLE_AFTER.has(first)) return false;
  const words = countNormalWords(text);
  if (words === 0 || words > MAX_GREETING_WORDS) return false;
  const t = tokenize(text);
  return has(GREETING, [t[0]!]) || addressesGroup(t);
}

/**
 * "to", "aux", "para", "aos": the word a salutation addresses its readers with. "À", "A" and German
 * "An" need an article of their language after them: "A members list", "An all members meeting" are English.
 */
const TO = ['to', 'aux', 'au', 'para', 'aos', 'attn', 'attention'];
/** the articles and quantifiers between "to" and the readers: "to all the", "à l'ensemble des", "a todos los" */
const ADDRESS_FILLER = ['the', 'all', 'dear', 'l', 'la', 'le', 'les', 'des', 'de', 'du', 'ensemble', 'tous', 'toutes', 'los', 'las', 'el', 'todos', 'todas', 'die', 'alle', 'os', 'as', 'of', 'for'];
const ARTICLE_AFTER = new Map<string, readonly string[]>([
  ['a', ['l', 'la', 'le', 'les', 'los', 'las', 'el', 'tous', 'toutes', 'todos', 'todas', 'os', 'as']],
  ['an', ['die', 'alle', 'das', 'den']],
]);
/** the readers a letter is addressed to as a group: the BPF's members, participants, team, organisers */
const READERS = [
  'member*', 'membre*', 'miembro*', 'membro*', 'mitglied*', 'participant*', 'participante*', 'teilnehm*', 'colleague*', 'collegue*', 'colega*', 'kolleg*', 'team', 'equipe*', 'equipo*',
  'organiser*', 'organizer*', 'organisateur*', 'organizador*', 'coordinator*', 'coordinateur*', 'coordinador*', 'facilitat*', 'facilitador*', 'animateur*', 'secretariat*', 'secretaria*', 'friends', 'amis', 'amigos', 'whom',
];

/**
 * "To the members of the BPF:", "Aux membres du BPF :", "A los miembros del BPF:", "À l'attention des
 * participants": a salutation that addresses the readers as a group, made of "to", a few articles and
 * the group; no label, though "members" and its colon look like one.
 */
function addressesGroup(t: readonly string[]): boolean {
  const first = t[0]!;
  const articles = ARTICLE_AFTER.get(first);
  const opens = has(TO, [first]) || (articles !== undefined && articles.includes(t[1] ?? ''));
  if (!opens) return false;
  let i = 1;
  while (i < t.length && (has(ADDRESS_FILLER, [t[i]!]) || has(TO, [t[i]!]))) i++;
  return i < t.length && has(READERS, [t[i]!]);
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
  // most lines of a letter have none of the words a closing needs: they are not tokenised
  if (!mayHave(CLOSING_NEEDS, text)) return false;
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
  // the last closing: read from the end, where a signature is
  let closing = lines.length - 1;
  while (closing >= 0 && !(isClosing(lines[closing]!) || (isShortComma(lines[closing]!) && isPersonName(lines[closing + 1] ?? '')))) closing -= 1;
  if (closing < 0) return null;
  // "Best regards, Ana Silva" on one line
  const sameLine = lines[closing]!.split(/,\s*/).slice(1).join(', ').trim();
  const after = [...(sameLine ? [sameLine] : []), ...lines.slice(closing + 1, closing + 8)].map((l) => l.trim()).filter((l) => l !== '' && !CONTACT.test(l));
  const nameAt = after.findIndex((l) => isPersonName(withoutCountry(l).rest));
  if (nameAt < 0) return null;
  const { rest: name, country } = withoutCountry(after[nameAt]!);
  const block = readBelow(name, after.slice(nameAt + 1), sameLine && nameAt === 0 ? [lines[closing]!] : [lines[closing]!, after[nameAt]!]);
  // "Kwame Asante, Ghana" on the name line; "With warm regards from Tartu, Estonia," on the closing line
  return { ...block, country: block.country ?? country ?? findCountry(lines[closing]!) };
}

/** "Kwame Asante, Ghana": a name line and the country after it. */
function withoutCountry(line: string): { rest: string; country: string | null } {
  const text = line.replace(/[,;.]\s*$/, '').trim();
  const comma = text.lastIndexOf(',');
  const country = comma > 0 && isCountry(text.slice(comma + 1).trim()) ? text.slice(comma + 1).trim() : null;
  return { rest: country ? text.slice(0, comma).trim() : text, country };
}

/** "Fakafeta'i lahi,": a closing in a language without a vocabulary here, known by its place above a name. */
const isShortComma = (line: string) => /,\s*$/.test(line) && line.trim().split(/\s+/).length <= 3;

/** The last line near the end that is the sender's name, or part of it ("Ana" for "Ana Lúcia Ferreira"). */
function atSenderName(lines: readonly string[], sender: string | null): SignatureBlock | null {
  const own = new Set(tokenize(sender ?? '').filter((w) => !TITLES.has(w)));
  if (own.size === 0) return null;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - SIGNATURE_TAIL); i--) {
    // the name line has a word of the sender's name: the other lines need no look for a country
    if (!hasOwnWord(lines[i]!, own)) continue;
    const { rest: line, country } = withoutCountry(lines[i]!.replace(/^[\s\u2013\u2014-]+/, ''));
    const t = tokenize(line).filter((w) => !TITLES.has(w));
    const named = t.filter((w) => w.length > 1);
    if (named.length === 0 || t.length > 6 || !named.every((w) => own.has(w)) || !looksLikeName(line)) continue;
    // the signature's own spelling when it is the whole name ("Marcus J. Whitfield" for "Whitfield, Marcus J."), else the sender's
    const name = [...own].every((w) => t.includes(w)) ? line : sender!.trim();
    const block = readBelow(name, lines.slice(i + 1).map((l) => l.trim()).filter((l) => l !== '' && !CONTACT.test(l)), [lines[i]!.trim()]);
    return { ...block, country: block.country ?? country };
  }
  return null;
}

/** Whether a word of the line is one of `own` (normal words); an ASCII line without any of them as a substring is not tokenised. */
function hasOwnWord(line: string, own: ReadonlySet<string>): boolean {
  if (!NON_ASCII.test(line)) {
    const lower = line.toLowerCase();
    let any = false;
    for (const w of own) if ((any = lower.includes(w))) break;
    if (!any) return false;
  }
  return tokenize(line).some((w) => own.has(w));
}
const NON_ASCII = /[^\x00-\x7f]/;

/** The role, organisation and country lines below the name (or after it in "Name, role, organisation, country"), down to a postscript or a sentence. */
export function readBelow(name: string | null, following: readonly string[], anchor: readonly string[]): SignatureBlock {
  const end = following.findIndex((l) => /^(p\.?\s?s|n\.?\s?b)\b\.?/i.test(l) || isSentence(l));
  const below = following.slice(0, end < 0 ? SIGNATURE_LINES : Math.min(end, SIGNATURE_LINES));
  const country = below.map(findCountry).find((c) => c !== null) ?? null;
  const affiliation = readAffiliation(below, name);
  return { name, affiliation, country, snippet: [...anchor, ...below].join('\n') };
}

/**
 * The organisation among the signature's lines: a line with an organisation word; failing that, a
 * line that is no role, place, country or the person's own name ("CARICOM IMPACS"); failing that,
 * what follows a role ("Senior Fellow, Australian Strategic Policy Institute"); failing that, a role
 * held independently ("Independent researcher"). "Title | Organisation" is two lines.
 */
function readAffiliation(below: readonly string[], name: string | null = null): string | null {
  const pieces = below.flatMap((l) => l.split(/\s+[|\u00b7\u2022]\s+/)).map((p) => p.replace(/[,;]\s*$/, '').trim()).filter(Boolean);
  const org: string[] = [];
  const plain: string[] = [];
  const afterRole: string[] = [];
  const roleRest: string[] = [];
  const independent: string[] = [];
  for (const line of pieces) {
    const piece = withoutPlace(line);
    if (piece === null || isOwnName(piece, name) || isOtherPerson(piece)) continue;
    const [first, ...rest] = piece.split(/,\s*/);
    if (isRole(first!)) {
      const tail = rest.length > 0 && isOrganisation(rest.join(', ')) ? rest.join(', ') : organisationAfterRole(piece);
      if (tail) afterRole.push(tail);
      // "Head of OT Security, Vindhavn Energi": what follows the title on its line, when it is no other title
      else if (rest.length > 0 && !isRole(rest[0]!)) roleRest.push(rest.join(', '));
      else {
        const own = independentRole(first!);
        if (own) independent.push(own);
      }
    } else if (isOrganisation(piece)) org.push(piece);
    // "ANTIC – Yaoundé, Cameroun": an acronym left once the place is gone
    else if (piece === line || isAcronym(piece)) plain.push(piece);
  }
  return org[0] ?? plain[0] ?? afterRole[0] ?? roleRest[0] ?? independent[0] ?? null;
}

/** "Jörg Weber" repeated on a "Jörg Weber · Informationssicherheit" line: the person, not their organisation. */
function isOwnName(piece: string, name: string | null): boolean {
  const own = new Set(tokenize(name ?? '').filter((w) => !TITLES.has(w)));
  const t = tokenize(piece).filter((w) => !TITLES.has(w));
  return own.size > 0 && t.length > 0 && t.every((w) => own.has(w));
}

/** a note that a person is copied in: "(cc)", "(en copie)", "(con copia)" */
const COPIED = /\s*\((?:b?cc|in copy|copy|copie|en copie|copia|con copia|kopie|in kopie)\)\s*$/i;
/** "René du Plessis (cc)", "Wanjiru Kamau (cc)" under the signature: another person named (compromise knows them, or they are copied in), no organisation. */
function isOtherPerson(piece: string): boolean {
  const bare = piece.replace(COPIED, '').replace(/\s*\([^)]*\)\s*$/, '');
  return isPersonName(bare) && (COPIED.test(piece) || nlp(bare).has('#Person'));
}

/** "Lahore", "Kuala Lumpur": a piece that is only a city's name, as compromise's lexicon knows it. */
export function isCity(piece: string): boolean {
  // compromise tags a city from its lexicon only: a word of plain letters (one term of compromise's) in no
  // city's name there makes the piece no city, without asking compromise (a millisecond a line)
  if (hasNonCityWord(piece)) return false;
  const doc = nlp(piece);
  const n = doc.terms().length;
  return n > 0 && doc.match('#City').terms().length === n;
}

/** Some word of the piece, letters only once the punctuation around it goes, is in no city name of compromise's lexicon. */
function hasNonCityWord(piece: string): boolean {
  const cities = cityWords();
  return piece.split(/\s+/).some((raw) => {
    const word = raw.replace(/^[("'\[]+|[)"'\].,;:!?]+$/g, '');
    // as written and without its marks: a lexicon name may keep a dot ("st. louis")
    return /^[A-Za-z]+$/.test(word) && !cities.has(word.toLowerCase()) && !cities.has(raw.toLowerCase());
  });
}
let cities: Set<string> | null = null;
/** the words of the city names in compromise's lexicon ("kuala", "lumpur", "lahore") */
function cityWords(): Set<string> {
  if (cities) return cities;
  const { lexicon } = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one;
  const isCityTag = (tag: string | string[]) => tag === 'City' || (Array.isArray(tag) && tag.includes('City'));
  cities = new Set(Object.entries(lexicon).flatMap(([name, tag]) => (isCityTag(tag) ? name.split(' ') : [])));
  return cities;
}

/**
 * The line without the place it ends with: "Red Andina Telecom S.A. - Bogotá, Colombia" is "Red Andina
 * Telecom S.A."; the country and the city, street or postcode parts before it go, up to an organisation.
 * Null when nothing else is left ("Warsaw, Poland", "ul. Example 5, 00-950 Warszawa, Polska") or the
 * line is a city alone ("Lahore").
 */
function withoutPlace(line: string): string | null {
  const parts = line.split(/\s*[,;]\s*|\s+[-\u2013\u2014]\s+/).filter(Boolean);
  if (parts.length === 0 || !isCountry(parts[parts.length - 1]!)) return findCountry(line) === null && !isCity(line) ? line : null;
  parts.pop();
  while (parts.length > 0 && !isOrganisation(parts[parts.length - 1]!) && !isAcronym(parts[parts.length - 1]!)) parts.pop();
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * A disclaimer, a "Sent from my iPhone": a sentence, not a line of a signature. "Title | Titre en
 * français" is read piece by piece: a bilingual line is long without being a sentence.
 */
function isSentence(line: string): boolean {
  if (line.length > MAX_SIGNATURE_LINE_CHARS) return true;
  const pieces = line.split(/\s+[|\u00b7\u2022]\s+/);
  return pieces.length > 1 ? pieces.some(isSentencePiece) : isSentencePiece(line);
}

function isSentencePiece(line: string): boolean {
  const lower = line.split(/\s+/).filter((w) => w !== w.toUpperCase() || w.length === 1);
  const last = line.split(/\s+/).pop() ?? '';
  // the dot of a legal form ("Vltava Grid a.s.", "Example Ltd.") ends no sentence
  const endsSentence = /[.!?]$/.test(line) && !/^(\p{L}{1,3}\.){2,}$/u.test(last) && !(last.endsWith('.') && isOrganisation(last));
  return line.split(/\s+/).length > 12 || (endsSentence && line.split(/\s+/).length > 4) || has(PRONOUN, tokenize(lower.join(' ')));
}

/** Capitalised words, no digits, no organisation, role or country: a name as a signature writes it. */
function looksLikeName(line: string): boolean {
  const ws = line.replace(TITLE, '').split(/\s+/);
  if (/\d|@/.test(line) || ws.length > 5) return false;
  if (!ws.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w) || /^(de|da|du|dos|del|van|von|der|la|le|y|bin|al|el)$/i.test(w))) return false;
  return !isOrganisation(line) && !has(ROLE, words(line)) && findCountry(line) === null;
}

/** Two to five capitalised words, no digits, no organisation or role words, and a person to compromise or a title. */
export function isPersonName(line: string): boolean {
  const clean = line.replace(/[,;.]\s*$/, '').trim();
  const ws = clean.replace(TITLE, '').split(/\s+/);
  if (ws.length < 2 || !looksLikeName(clean)) return false;
  // compromise only for five words: up to four capitalised words are a name whatever it says
  return TITLE.test(clean) || ws.length <= 4 || nlp(clean).has('#Person');
}
