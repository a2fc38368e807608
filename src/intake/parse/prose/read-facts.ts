import type { AgreementField, RawAgreement, RawField } from '../fields/read-questionnaire.js';
import { AGREEMENT_TITLE_WORDS } from '../../../core/text/agreement-title-words.js';
import { normalizeText } from '../../../core/text/normalize-text.js';
import { COORDINATORS, type Sentence, type Word } from './read-sentences.js';

/** Verbs of launching an agreement: the year next to one is its launch year. */
const LAUNCH = ['launch', 'adopt', 'sign', 'creat', 'establish', 'agreed', 'endorse', 'publish', 'issued', 'started', 'since', 'lanc', 'signe', 'cree', 'publie', 'depuis', 'lanz', 'firm', 'cread', 'publicad', 'aprobad', 'desde', 'adoptad'];
/** Verbs of the sender's taking part: the year next to one is when the sender joined, not when the agreement began. */
const JOINING = ['particip', 'join', 'member', 'miembro', 'membre', 'adher', 'rejoin', 'unimos', 'sommes'];
/** "<verb> by X": who keeps the agreement */
const MAINTAINED = ['maintained', 'kept', 'run', 'managed', 'hosted', 'housed', 'curated', 'operated', 'supervised', 'looked', 'cared', 'coordinated', 'administered', 'led', 'convened', 'overseen', 'stewarded', 'facilitated', 'gere', 'geree', 'maintenu', 'maintenue', 'coordonne', 'coordonnee', 'anime', 'animee', 'porte', 'portee', 'pilote', 'pilotee', 'administrado', 'administrada', 'gestionado', 'gestionada', 'coordinado', 'coordinada', 'mantenido', 'mantenida', 'liderado', 'liderada', 'dirigido', 'dirigida',
  // followed up, monitored, hosted, supervised: the same keeping, in other words
  'followed', 'monitored', 'tracked', 'suivi', 'suivie', 'heberge', 'hebergee', 'supervise', 'supervisee', 'administre', 'administree', 'alojado', 'alojada', 'supervisado', 'supervisada', 'monitoreado', 'monitoreada', 'acogido', 'acogida'];
/** "its follow-up is *ensured* by X", "son suivi est *assuré* par X": verbs that say keeping only after a noun of keeping */
const DONE = ['ensured', 'provided', 'handled', 'done', 'carried', 'assured', 'assure', 'assuree', 'assures', 'fourni', 'fournie', 'realise', 'realisee', 'realizado', 'realizada', 'llevado', 'llevada', 'asegurado', 'asegurada', 'garantizado', 'garantizada'];
const KEEPING = ['follow', 'followup', 'monitoring', 'management', 'secretariat', 'coordination', 'administration', 'hosting', 'stewardship', 'suivi', 'gestion', 'secretariat', 'animation', 'pilotage', 'hebergement', 'seguimiento', 'secretaria', 'administracion', 'coordinacion', 'monitoreo'];
/** "<verb> by X", "between X": who is party to it */
const SIGNED = ['signed', 'endorsed', 'joined', 'ratified', 'adopted', 'supported', 'agreed', 'backed', 'signe', 'signee', 'signes', 'adopte', 'adoptee', 'ratifie', 'soutenu', 'endosse', 'firmado', 'firmada', 'firmados', 'firmadas', 'adoptados', 'adoptadas', 'signees', 'adoptes', 'adoptees', 'ratifies', 'ratifiees', 'adoptado', 'adoptada', 'suscrito', 'suscrita', 'ratificado', 'respaldado', 'apoyado'];
const BY = new Set(['by', 'par', 'por']);
/** words allowed between a verb and its "by": "agreed *in 2021* by", "kept *jointly* by", "looked *after* by"; a date ("le 9 juin 2020") counts as one */
const MAX_GAP_WORDS = 3;
const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre'.split(' '),
);
/** "between X" is a list of parties only after a word of agreeing: "signed between", "a pact between", not "cooperate between teams" */
const AGREEING = ['concluded', 'conclu', 'conclue', 'celebrado', 'celebrada', 'agreement', 'accord', 'pact', 'pacte', 'treaty', 'traite', 'acuerdo', 'convenio', 'tratado', 'partnership', 'partenariat', 'memorandum', 'understanding', 'reached', 'struck', 'made'];
/** "its signatories *are* X", "parties *include* X", "it *brings together* X" (folded) */
const PARTY_NOUNS = ['signatories', 'signatory', 'parties', 'members', 'participants', 'endorsers', 'signataires', 'membres', 'firmantes', 'signatarios', 'miembros', 'partes', 'participantes'];
const LIST_VERBS = ['are', 'include', 'includes', 'comprise', 'number', 'sont', 'incluent', 'comprennent', 'son', 'incluyen', 'comprenden'];
const GATHERS = [
  ['brings', 'together'], ['bring', 'together'], ['unites'], ['gathers'], ['reunit'], ['rassemble'], ['reune'], ['agrupa'],
  // "de la que forman parte X", "dont font partie X", "en la que participan X": who takes part, after the verb
  ['forman', 'parte'], ['forma', 'parte'], ['font', 'partie'], ['fait', 'partie'], ['participan'], ['participent'], ['involving'],
];
/** active voice: "X maintains the Principles", "X signed it" (folded verb forms) */
const MAINTAINS = [
  'maintains', 'keeps', 'hosts', 'runs', 'manages', 'curates', 'operates', 'stewards', 'coordinates', 'administers', 'gere', 'maintient', 'heberge', 'coordonne', 'gestiona', 'mantiene', 'coordina', 'administra', 'aloja',
  // the same verbs with a plural subject: "the two foreign ministries keep it"
  'maintain', 'keep', 'host', 'run', 'manage', 'curate', 'operate', 'steward', 'coordinate', 'administer', 'gerent', 'maintiennent', 'hebergent', 'coordonnent', 'gestionan', 'mantienen', 'coordinan', 'administran', 'alojan',
  // phrasal verbs: "the EFF looks after it", "two ministries take care of it"
  'looks after', 'look after', 'takes care of', 'take care of', 'oversees', 'oversee',
];
/** French and Spanish put the subject after the verb once the agreement is a relative or a pronoun before it: "que mantiene X", "la gestiona X", "que gère X" */
const OBJECT_FIRST = new Set(['que', 'la', 'lo', 'le', 'l']);
const INVERTING = new Set(['gere', 'gerent', 'maintient', 'maintiennent', 'heberge', 'hebergent', 'coordonne', 'coordonnent', 'gestiona', 'gestionan', 'mantiene', 'mantienen', 'coordina', 'coordinan', 'administra', 'administran', 'aloja', 'alojan']);
const SIGNS = ['signed', 'endorsed', 'adopted', 'joined', 'ratified', 'agreed', 'backed', 'firmaron', 'adoptaron', 'suscribieron', 'respaldaron'];
const PRONOUNS = new Set(['it', 'them', 'this', 'these', 'le', 'la', 'les', 'lo', 'los', 'las']);
/** French and Spanish object pronouns, written before their verb */
const CLITICS = new Set(['le', 'la', 'les', 'lo', 'los', 'las', 'l']);
/** subjects that are the sender or a pronoun: no party or maintainer to read */
const NOT_A_SUBJECT = new Set(['we', 'i', 'they', 'it', 'he', 'she', 'you', 'nous', 'je', 'ils', 'elles', 'il', 'elle', 'nosotros', 'yo', 'ellos', 'which', 'who', 'that', 'qui', 'que']);
const AUXILIARIES = new Set(['have', 'has', 'had', 'all', 'both', 'jointly', 'also', 'formally', 'already', 'now', 'ont', 'a', 'han', 'ha']);
const BETWEEN = new Set(['between', 'among', 'amongst', 'entre']);
/** words that end a value: a new clause */
const STOP = new Set('which who that to since in en depuis desde qui que pour para with avec con is was est es fue esta estan are were sont son it they il ils elle elles'.split(' '));
/** the forms of "to be" among them: the verb of a new clause */
const BE = new Set('is was are were est sont etait es fue son esta estan'.split(' '));
const MAX_VALUE_WORDS = 20;
/** the article a value opens with: "the GEANT association", "l'Organisation maghrébine de la santé" */
const ARTICLE = /^(?:(?:the|le|la|les|des|el|los|las)\s+|l['\u2019](?=\p{Lu}))/iu;
/** "between X and Y *on* cooperation ...": the parties of a treaty's title end where its subject begins */
const SUBJECT = new Set([...STOP, 'on', 'concerning', 'regarding', 'sur', 'relatif', 'relative', 'concernant', 'sobre', 'relativo', 'relativa']);

/**
 * Year, maintainer and parties of an agreement named in a letter, from the sentences that speak of
 * it: a year beside a launching verb (or the only year), "run by X", "signed by X", "between X".
 */
export function readFacts(context: readonly Sentence[], name: string, others: OtherNames = () => false): RawAgreement {
  const facts: RawAgreement = {};
  const nameWords = new Set(name.toLowerCase().split(/\s+/));
  const put = (field: AgreementField, value: string | null, sentence: Sentence, confidence: number) => {
    if (value && !facts[field]) facts[field] = { value, snippet: sentence.text, confidence, source: 'prose' } satisfies RawField;
  };
  for (const s of context) {
    put('agreement.date', launchYear(s, nameWords, (i) => others(s, i)), s, 0.6);
    put(
      'agreement.maintainer',
      valueAfter(s.words, byCue(MAINTAINED), true) ?? valueAfter(s.words, keepingCue, true) ?? valueAfter(s.words, invertedCue, true) ?? subjectOf(s.words, MAINTAINS_VERBS, nameWords),
      s,
      0.5,
    );
    put('agreement.signatories', publishedLink(s), s, 0.5);
    put(
      'agreement.parties',
      valueAfter(s.words, byCue(SIGNED), false) ??
        valueAfter(s.words, betweenCue, false, SUBJECT) ??
        valueAfter(s.words, listCue, false) ??
        subjectOf(s.words, SIGNS_VERBS, nameWords),
      s,
      0.5,
    );
  }
  return facts;
}

/** Whether word i of a sentence belongs to another agreement named there: its name, or a year in brackets just after it ("the Tech Accord (2018)"). */
export type OtherNames = (sentence: Sentence, i: number) => boolean;

/** How many words a cue starting at word i takes (0: no cue there). */
type Cue = (words: readonly Word[], i: number) => number;

/** "<verb> by", a few words allowed between ("agreed in 2021 by", "looked after by"). */
function byCue(verbs: readonly string[]): Cue {
  return (words, i) => {
    if (!verbs.includes(words[i]!.folded)) return 0;
    let gaps = 0;
    for (let k = i + 1; gaps <= MAX_GAP_WORDS && k < words.length; k += 1, gaps += 1) {
      if (BY.has(words[k]!.folded)) return k - i + 1;
      if (/[.;:!?()]/.test(words[k - 1]!.post) || (STOP.has(words[k]!.folded) && !/^(in|en|since|depuis|desde)$/.test(words[k]!.folded))) return 0;
      k += Math.max(0, dateLength(words, k) - 1);
    }
    return 0;
  };
}

/** How many words a date takes from word k: "le 9 juin 2020", "on 12 November 2018", "el 3 de mayo de 2021", "March 2019", "2019" (0: none). */
function dateLength(words: readonly Word[], k: number): number {
  let j = k;
  if (/^(le|on|the|el|du|of)$/.test(words[j]?.folded ?? '')) j += 1;
  const start = j;
  if (/^\d{1,2}(er|st|nd|rd|th)?$/.test(words[j]?.folded ?? '')) j += 1;
  if (words[j]?.folded === 'de') j += 1;
  const month = MONTHS.has((words[j]?.folded ?? '').replace(/\W+$/, ''));
  if (month) j += 1;
  if (month && /^(de|del)$/.test(words[j]?.folded ?? '')) j += 1;
  const year = /^(19|20)\d\d$/.test((words[j]?.folded ?? '').replace(/\W+$/, ''));
  if (year) j += 1;
  return month || (year && j - 1 === start) || (year && month) ? j - k : 0;
}

/** "its follow-up is ensured by X", "son suivi est assuré par X": a noun of keeping, then a verb of doing and its "by". */
const keepingCue: Cue = (words, i) => {
  if (!KEEPING.some((n) => words[i]!.folded.startsWith(n))) return 0;
  for (let k = i + 1; k <= i + 4 && k < words.length; k += 1) {
    if (/[.;:!?()]/.test(words[k - 1]!.post)) return 0;
    if (DONE.includes(words[k]!.folded)) {
      const by = byCue(DONE)(words, k);
      return by > 0 ? k - i + by : 0;
    }
  }
  return 0;
};

/** "between X" after a word of agreeing: "signed between X", "a pact between X". */
const betweenCue: Cue = (words, i) => {
  if (!BETWEEN.has(words[i]!.folded) || i === 0) return 0;
  const before = words[i - 1]!.folded;
  return SIGNED.includes(before) || AGREEING.includes(before) ? 1 : 0;
};

/** "que mantiene la Comunidad Andina", "la gère l'Union africaine": a keeping verb after the agreement's relative or pronoun, its subject after it. */
const invertedCue: Cue = (words, i) => {
  if (i === 0 || !INVERTING.has(words[i]!.folded) || !OBJECT_FIRST.has(words[i - 1]!.folded.replace(/['\u2019]$/, ''))) return 0;
  // "que mantiene *la Comunidad*": a subject follows; "X le gèrent *et* ..." has its subject before the verb
  const next = words[i + 1]?.folded ?? '';
  return /[,;:.!?()]/.test(words[i]!.post) || next === '' || STOP.has(next) || /^(and|et|y|e)$/.test(next) ? 0 : 1;
};

/** Words after which a link is where the text and its signatories are: "published at", "disponible sur", "publicado en". */
const PUBLISHED = ['publish', 'available', 'posted', 'online', 'found', 'see', 'publie', 'disponible', 'consultable', 'voir', 'publica', 'consulta', 'accesible', 'ver'];
const LINK = /https?:\/\/[^\s<>()[\]]+[^\s<>()[\].,;:!?'"]/;

/** A link the sentence says the agreement is published at ("the text is published at (https://...)"): where its signatories are listed. */
function publishedLink(s: Sentence): string | null {
  const link = LINK.exec(s.text);
  if (!link) return null;
  const lead = normalizeText(s.text.slice(0, link.index)).split(' ').slice(-6);
  return lead.some((w) => PUBLISHED.some((p) => w.startsWith(p))) ? link[0] : null;
}

/** "(its) signatories are X", "members include X", "it brings together X". */
const listCue: Cue = (words, i) => {
  if (PARTY_NOUNS.includes(words[i]!.folded) && LIST_VERBS.includes(words[i + 1]?.folded ?? '')) return 2;
  const gather = GATHERS.find((g) => g.every((w, k) => words[i + k]?.folded === w));
  return gather ? gather.length : 0;
};

/**
 * The subject of an active verb whose object is the agreement: "the GEANT association maintains
 * the Principles", "European universities signed them". The sender ("we") is no subject here.
 */
function subjectOf(words: readonly Word[], verbs: VerbIndex, nameWords: ReadonlySet<string>): string | null {
  // the agreement after the verb, or as a pronoun just before it ("les deux ministères *le* gèrent")
  let at = -1;
  for (let i = 0; i < words.length && at < 0; i += 1) {
    const n = verbLength(words, i, verbs);
    if (n > 0 && (takesAgreement(words, i, n, nameWords) || (i > 0 && CLITICS.has(words[i - 1]!.folded)))) at = i;
  }
  if (at <= 0) return null;
  let start = at;
  while (start > 0 && !/[,;:.!?()]/.test(words[start - 1]!.post) && !STOP.has(words[start - 1]!.folded)) start -= 1;
  // ", and the League's secretariat keeps it": the "and" joins the clause, it is not the subject's
  while (start < at && COORDINATORS.has(words[start]!.folded)) start += 1;
  let end = at;
  while (end > start && (AUXILIARIES.has(words[end - 1]!.folded) || (end === at && CLITICS.has(words[end - 1]!.folded)))) end -= 1;
  const subject = words.slice(start, end);
  if (subject.length === 0 || subject.length > MAX_VALUE_WORDS || subject.some((w) => NOT_A_SUBJECT.has(w.folded))) return null;
  return subject.map((w) => w.written).join(' ').replace(ARTICLE, '');
}

/**
 * Whether the verb at word i (n words) has the agreement for its object: a pronoun or a word of its
 * name in the next three words. An English base form ("run", "keep") is also said of anything
 * else ("Many CERTs *run these exercises*"), so its object must be "it"/"them" or the name, right after it.
 */
function takesAgreement(words: readonly Word[], i: number, n: number, nameWords: ReadonlySet<string>): boolean {
  const isName = (o: Word) => nameWords.has(o.text.toLowerCase());
  if (BASE_FORMS.has(words.slice(i, i + n).map((w) => w.folded).join(' '))) {
    // the name's own (capitalised) words, not its small ones ("the", "of")
    const named = (o: Word | undefined) => o !== undefined && o.capitalised && isName(o);
    const o = words[i + n];
    return o !== undefined && (o.folded === 'it' || o.folded === 'them' || named(o) || (o.folded === 'the' && named(words[i + n + 1])));
  }
  return words.slice(i + n, i + n + 3).some((o) => PRONOUNS.has(o.folded) || isName(o));
}
/** English verbs in their base form, said with a plural subject */
const BASE_FORMS = new Set(['maintain', 'keep', 'host', 'run', 'manage', 'curate', 'operate', 'steward', 'coordinate', 'administer', 'look after', 'take care of', 'oversee']);

/** Verbs of one or more words ("maintains", "looks after"), split into words once and listed under their first word, in list order. */
type VerbIndex = ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
function verbIndex(verbs: readonly string[]): VerbIndex {
  const index = new Map<string, string[][]>();
  for (const verb of verbs) {
    const parts = verb.split(' ');
    index.set(parts[0]!, [...(index.get(parts[0]!) ?? []), parts]);
  }
  return index;
}
const MAINTAINS_VERBS = verbIndex(MAINTAINS);
const SIGNS_VERBS = verbIndex(SIGNS);

/**
 * How many words the verb at word i takes (a phrasal verb: "looks after"), 0 when none of `verbs`
 * is there: read for every word of every sentence around a name, so only the verbs that open with
 * word i are tried.
 */
function verbLength(words: readonly Word[], i: number, verbs: VerbIndex): number {
  for (const parts of verbs.get(words[i]!.folded) ?? []) {
    if (parts.every((p, n) => words[i + n]?.folded === p)) return parts.length;
  }
  return 0;
}

/**
 * The year next to a launching verb ("signed in Moscow on 8 May 2015": the date's words and a place
 * between them count as one) or a word for an agreement ("una iniciativa de 2017", "a 2014
 * initiative"), else the only year of the sentence; not a year inside the name itself, nor the
 * year the sender joined ("participamos desde 2019").
 */
function launchYear(s: Sentence, nameWords: ReadonlySet<string>, ofOther: (i: number) => boolean): string | null {
  const words = s.words;
  const years = words
    .map((w, i) => ({ w, i }))
    .filter(({ w, i }) => /^(19|20)\d\d$/.test(w.folded.replace(/\W+$/, '')) && !nameWords.has(w.text.toLowerCase()) && !ofOther(i))
    .filter(({ i }) => !joinedIn(words, i));
  const near = years.find(({ i }) => before(words, dateStart(words, i), NEAR_WORDS).some((w) => LAUNCH.some((v) => w.folded.startsWith(v))));
  const noun = years.find(({ i }) => [...before(words, i, 2), words[i + 1]].some((w) => w !== undefined && AGREEMENT_NOUNS.has(w.folded)));
  const chosen = near ?? noun ?? (years.length === 1 ? years[0] : undefined);
  return chosen ? chosen.w.folded.replace(/\W+$/, '') : null;
}

/** words for an agreement: "una *iniciativa* de 2017", "a 2014 *initiative*" */
const AGREEMENT_NOUNS = new Set([...AGREEING, ...AGREEMENT_TITLE_WORDS.filter((w) => !w.includes(' ')).map(normalizeText)]);
/**
 * Whether the year at word i is when the sender joined: a verb of taking part just before it
 * ("participamos desde 2019", "joined in 2019"), or anywhere in its clause after "since" ("Since
 * 2018 our company has been a member of ...").
 */
function joinedIn(words: readonly Word[], i: number): boolean {
  const joining = (w: Word) => JOINING.some((v) => w.folded.startsWith(v));
  if (before(words, dateStart(words, i), NEAR_WORDS).some(joining)) return true;
  if (!/^(since|depuis|desde)$/.test(words[dateStart(words, i) - 1]?.folded ?? '')) return false;
  let end = i;
  while (end + 1 < words.length && !/[,;:.!?()]/.test(words[end]!.post)) end += 1;
  return words.slice(i + 1, end + 1).some(joining);
}

/** how many words before a year (or its date) a launching verb may stand */
const NEAR_WORDS = 4;
/** The n words before word i, a place after "in"/"à"/"en" skipped: "signed in Moscow on 8 May 2015". */
function before(words: readonly Word[], i: number, n: number): Word[] {
  let from = i;
  if (from >= 2 && words[from - 1]!.capitalised && /^(in|at|a|en)$/.test(words[from - 2]!.folded)) from -= 2;
  return words.slice(Math.max(0, from - n), from);
}

/** Where the date holding the year at word i starts: "on 8 May 2015", "le 9 juin 2020", "el 3 de mayo de 2021". */
function dateStart(words: readonly Word[], i: number): number {
  let k = i;
  while (k > 0 && i - k < 5 && (MONTHS.has(words[k - 1]!.folded.replace(/\W+$/, '')) || /^(\d{1,2}(er|st|nd|rd|th)?|de|del|on|le|el|the|of)$/.test(words[k - 1]!.folded))) k -= 1;
  return k;
}

/**
 * The words after a cue ("maintained by" X), up to the end of the clause: punctuation (a comma too
 * when `commaEnds`), a clause word, or a year.
 */
function valueAfter(words: readonly Word[], cue: Cue, commaEnds: boolean, stops: ReadonlySet<string> = STOP): string | null {
  let at = -1;
  let cueLength = 0;
  for (let i = 0; i < words.length && at < 0; i += 1) {
    cueLength = cue(words, i);
    if (cueLength > 0) at = i;
  }
  if (at < 0) return null;
  const from = at + cueLength;
  const value: string[] = [];
  // the commas inside a value are kept: "A, B and C"
  const push = (w: Word) => value.push(w.post.includes(',') ? `${w.written},` : w.written);
  for (let k = from; k < Math.min(words.length, from + MAX_VALUE_WORDS); k += 1) {
    const w = words[k]!;
    // "par les ministres, et gérée par ...": a comma, "and", then a verb: the next clause
    const next = words[k + 1];
    if (COORDINATORS.has(w.folded) && words[k - 1]?.post.includes(',') && next !== undefined && !next.capitalised && !ITEM_CONNECTORS.has(next.folded)) break;
    if (stops.has(w.folded) || /^(19|20)\d\d/.test(w.folded)) {
      // "hosted by X and deal with ...": one lower-case word between "and" and a clause word is a verb
      const [and, verb] = value.slice(-2);
      if (value.length >= 3 && /^(and|et|y)$/i.test(and ?? '') && /^\p{Ll}/u.test(verb ?? '')) value.length -= 2;
      // "kept by X y el texto está ...": the words after the last "and" are the next clause's subject
      const and2 = value.findLastIndex((v) => /^(and|et|y)$/i.test(v));
      if (BE.has(w.folded) && and2 >= 1 && value.length - and2 <= 3) value.length = and2;
      break;
    }
    push(w);
    if (/[.;:!?()]/.test(w.post)) break;
    if (commaEnds && w.post.includes(',')) {
      // "looked after by A, B and C": a comma that opens the rest of a list of names does not end the value
      const end = w.capitalised ? listEnd(words, k + 1) : -1;
      for (const item of end < 0 ? [] : words.slice(k + 1, end + 1)) push(item);
      break;
    }
  }
  // "by X and Y, and are kept by Z": the clause word stops the value, its "and" is not the value's
  const text = value.join(' ').replace(ARTICLE, '').replace(/([\s,;]+(and|et|y|or|ou|o))+$/i, '').replace(/[,;.]+$/, '').trim();
  // "kept by the coalition that drafted it, mainly A, B and C": a description (no capital first) is made precise by the names after it
  const named = commaEnds && !/^[\p{Lu}\d]/u.test(text) ? namesAfterMarker(words, from) : null;
  return named ?? (text === '' ? null : text);
}

/** Small words that stand before or inside an item of a list of names: "the", "of", "for", "de la" */
const ITEM_ARTICLES = new Set('the le la les l el los las'.split(' '));
const ITEM_CONNECTORS = new Set('of for on the de du des la le les d del el los las para pour sur'.split(' '));

/**
 * The last word of a list of names from word k, the rest of "A, *B and C*" or "A, *B, and C*":
 * items that open with a capital (after an article), separated by commas, the last after an
 * "and"; -1 when the words are not such a list ("kept by the OECD, which ...").
 */
function listEnd(words: readonly Word[], k: number): number {
  let i = k;
  let closing = false;
  while (i < words.length) {
    while (i < words.length && ITEM_ARTICLES.has(words[i]!.folded) && !words[i]!.capitalised) i += 1;
    if (i >= words.length || !words[i]!.capitalised || NOT_A_SUBJECT.has(words[i]!.folded)) return -1;
    const j = itemEnd(words, i);
    if (closing) return j;
    const next = words[j + 1];
    if (next === undefined || /[;:.!?()]/.test(words[j]!.post)) return -1;
    if (COORDINATORS.has(next.folded)) {
      closing = true;
      i = j + 2;
    } else if (words[j]!.post.includes(',')) i = j + 1;
    else return -1;
  }
  return -1;
}

/**
 * The last word of the name that opens at word i: capitalised words, and the lower-case words a
 * French or Spanish name carries after its noun ("Union *africaine*", "Consejo *de* Europa"), up to
 * a comma, an "and" or a clause word.
 */
function itemEnd(words: readonly Word[], i: number): number {
  let j = i;
  while (j + 1 < words.length && j - i < MAX_ITEM_WORDS && !/[,;:.!?()]/.test(words[j]!.post)) {
    const next = words[j + 1]!;
    if (COORDINATORS.has(next.folded) || (!next.capitalised && (STOP.has(next.folded) || BY.has(next.folded) || /^\d/.test(next.folded)))) break;
    j += 1;
  }
  // a name ends on a word of its own, not on a small word
  while (j > i && ITEM_CONNECTORS.has(words[j]!.folded)) j -= 1;
  return j;
}
const MAX_ITEM_WORDS = 8;

/** Words that bring in the names a description stands for: "a coalition, *mainly* A, B and C", "un consortium, *à savoir* A et B" (normalised). */
const NAMING_MARKERS = [
  'mainly', 'namely', 'notably', 'including', 'in particular', 'particularly', 'especially', 'chiefly', 'principally', 'primarily', 'i e', 'that is', 'led by', 'such as',
  'notamment', 'a savoir', 'en particulier', 'principalement', 'surtout', 'dont', 'c est a dire',
  'principalmente', 'en particular', 'a saber', 'sobre todo', 'especialmente', 'entre ellos', 'entre ellas', 'es decir', 'como',
].map((m) => m.split(' '));

/** The names a marker brings in after a comma, from word k to the end of the clause ("..., mainly the EFF, Access Now and Privacy International"). */
function namesAfterMarker(words: readonly Word[], k: number): string | null {
  for (let i = k + 1; i < words.length && i - k <= MAX_VALUE_WORDS; i += 1) {
    if (/[;:.!?]/.test(words[i - 1]!.post)) return null;
    if (!words[i - 1]!.post.includes(',')) continue;
    const marker = NAMING_MARKERS.find((m) => m.every((w, n) => normalizeText(words[i + n]?.text ?? '') === w));
    if (!marker) continue;
    let start = i + marker.length;
    while (start < words.length && ITEM_ARTICLES.has(words[start]!.folded) && !words[start]!.capitalised) start += 1;
    const end = listEnd(words, start);
    const last = end >= 0 ? end : nameEnd(words, start);
    if (last < start) return null;
    return words
      .slice(start, last + 1)
      .map((w, n) => (n < last - start && w.post.includes(',') ? `${w.written},` : w.written))
      .join(' ')
      .replace(ARTICLE, '');
  }
  return null;
}

/** The last word of one name from word k: capitalised words and the small words inside them; k - 1 when none opens there. */
function nameEnd(words: readonly Word[], k: number): number {
  if (!words[k]?.capitalised) return k - 1;
  let j = k;
  while (j + 1 < words.length && !/[,;:.!?()]/.test(words[j]!.post) && (words[j + 1]!.capitalised || (ITEM_CONNECTORS.has(words[j + 1]!.folded) && words[j + 2]?.capitalised))) j += 1;
  return j;
}
