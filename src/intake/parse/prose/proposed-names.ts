import { AGREEMENT_TITLE_FAMILIES } from '../../../core/text/agreement-title-words.js';
import { normalizeText } from '../../../core/text/normalize-text.js';
import type { Sentence, Word } from './read-sentences.js';

/**
 * Words by which a sender proposes or puts forward an agreement, English, French, Spanish (folded
 * stems). Most take the agreement after them ("I *suggest* the X", "*attirer votre attention sur*
 * la X"); BACKWARD ones say it of a name before them ("the X *deserves* a place", "X is *missing*").
 */
const FORWARD = [
  'propos', 'suggest', 'recommend', 'submit', 'contribut', 'add', 'includ', 'consider', 'look at', 'attention', 'nominat', 'share', 'bring',
  'sugg', 'recommand', 'soumet', 'ajout', 'inclure', 'signal', 'attir', 'propon', 'propuesta', 'suger', 'recomend', 'inclu', 'agreg', 'anad', 'somet', 'senal', 'destac', 'aport',
];
const BACKWARD = ['worth', 'deserv', 'missing', 'not yet', 'merit', 'manque', 'merece', 'falta'];

/**
 * Words that bring in a name as a point of comparison or a known example, not the one put forward
 * (normalised): "*like* the Paris Call", "*au-delà de* l'Appel de Paris", "*como* el Convenio".
 */
const IN_PASSING = [
  'like', 'such as', 'as with', 'similar to', 'besides', 'beyond', 'apart from', 'other than', 'unlike', 'in addition to', 'alongside', 'compared to', 'compared with', 'as well as', 'rather than', 'instead of',
  'comme', 'tel que', 'telle que', 'tels que', 'telles que', 'a l instar', 'au dela', 'outre', 'en plus de', 'a cote de', 'contrairement', 'par rapport', 'plutot que', 'hormis',
  'como', 'tal como', 'tales como', 'al igual que', 'ademas de', 'mas alla', 'aparte de', 'a diferencia', 'junto a', 'junto con', 'frente a', 'en lugar de', 'alem de',
  // a reference the new text is measured against: "close to", "in line with", "inspired by"
  'close to', 'closely related to', 'in line with', 'consistent with', 'based on', 'inspired by', 'modelled on', 'modeled on', 'echoing', 'as in', 'as per',
  'proche de', 'proche du', 'proches de', 'conforme a', 'conformement a', 'inspire de', 'inspiree de', 'fonde sur', 'fondee sur', 'dans la lignee',
  'cercano a', 'cercana a', 'parecido a', 'parecida a', 'similar a', 'semejante a', 'en linea con', 'inspirado en', 'inspirada en', 'basado en', 'basada en',
].map((m) => ` ${m} `);
/**
 * Parts of a text, cited by number before the text they belong to: "norm 13(d) *of* the 2015 GGE
 * report", "l'article 5 de la Convention", "el principio 3 del Llamamiento". The text is cited, not put forward.
 */
const PARTS = new Set(
  [
    'norm norms article articles art paragraph paragraphs para section chapter principle principles clause recommendation commitment measure',
    'norme normes paragraphe chapitre principe principes recommandation engagement mesure',
    'norma normas articulo articulos parrafo apartado capitulo principio principios recomendacion compromiso medida',
  ].flatMap((l) => l.split(' ')),
);
/** what may stand between a cited part's noun and its text: its number ("13", "d", "iv") and "of the" */
const PART_TAIL = /^(\d+[a-z]?|[a-z]|[ivxl]+|of|the|de|du|des|d|la|le|l|del|el|los|las|and|et|y)$/;
/** Small words that may stand between two names of one list: "X *and the* Y", "X *et de la* Y", "X*,* Y". */
const LIST_GLUE = new Set('and or & the a of et ou de la le les du des l y o e el los las del nor ni'.split(' '));
/** A question that opens by offering something is a proposal: "May I recommend X?", "Puis-je vous signaler X ?" */
const OFFER = /^(may|might|could|can|let) (i|we|me|us) |^would you (like|consider|add|include)|^puis je |^pourriez vous |^podria(n|s)? |^puedo |^permitame /;
/** "whether / if we should propose ...": the sender asks what to do, proposes nothing */
const CONDITIONAL = new Set(['whether', 'if', 'si']);
const MODAL = new Set(['should', 'ought', 'must', 'shall', 'need', 'devons', 'devrions', 'doit', 'faut', 'debemos', 'deberiamos', 'deberia', 'tenemos']);

/** proposed; named in passing (a comparison, an example); asked about; or only named */
export type Role = 'proposed' | 'passing' | 'asked' | 'named';

interface Span {
  at: number;
  last: number;
}

/**
 * Which of the names a sentence holds it proposes: those the proposing word governs (the first
 * name after a forward word, or the last before a backward one), with the names listed along with
 * them ("the X and the Y"). A name brought in by a comparison ("like", "au-delà de", "como") and the
 * names listed after it are named in passing; a question about the process proposes nothing.
 */
export function proposedNames(sentence: Sentence, names: readonly Span[]): Role[] {
  if (names.length === 0) return [];
  if (asksAboutProcess(sentence)) return names.map(() => 'asked');
  const proposed = names.map(() => false);
  const words = sentence.words;
  const order = names.map((_, k) => k).sort((a, b) => names[a]!.at - names[b]!.at);
  // per name, in word order: how it is joined to the name before it, named in passing, or listed along with the name before it
  const glue = order.map((k, n) => (n === 0 ? null : joined(words, names[order[n - 1]!]!, names[k]!)));
  // "X, Y and Z" is one list; "like X, the Y deserves ..." is not: a comma lists only when an "and" closes the list
  const listed = glue.map(() => false);
  for (let n = order.length - 1; n > 0; n -= 1) listed[n] = glue[n] === 'and' || (glue[n] === 'comma' && n + 1 < order.length && listed[n + 1]!);
  const passing: boolean[] = names.map(() => false);
  const listedWith: Array<number | null> = names.map(() => null);
  order.forEach((k, n) => {
    const before = n > 0 ? order[n - 1]! : null;
    if (before !== null && listed[n]) {
      listedWith[k] = before;
      passing[k] = passing[before]!;
      return;
    }
    const gap = clause(words.slice(before === null ? 0 : names[before]!.last + 1, names[k]!.at));
    passing[k] = comparedIn(gap) || citesPart(gap);
  });
  const governed = (k: number) => {
    proposed[k] = true;
    // the names listed along with it
    for (let next = order.indexOf(k) + 1; next < order.length && listedWith[order[next]!] === order[next - 1]; next += 1) proposed[order[next]!] = true;
  };
  for (const [i, backward] of proposingWords(words)) {
    const after = order.find((k) => names[k]!.at > i && !passing[k]);
    const before = [...order].reverse().find((k) => names[k]!.last < i && !passing[k]);
    // a forward word with no name after it is passive: "the X should be added"
    const k = backward ? before : (after ?? before);
    if (k !== undefined) governed(k);
  }
  return names.map((_, k) => (proposed[k] ? 'proposed' : passing[k] ? 'passing' : 'named'));
}

/** How a name is joined to the one before it: "X and the Y" (and), "X, the Y" (comma), or not as one list (null). */
function joined(words: readonly Word[], before: Span, name: Span): 'and' | 'comma' | null {
  const gap = words.slice(before.last + 1, name.at);
  const marks = [before.last, ...gap.map((_, i) => before.last + 1 + i)].map((i) => words[i]!.post);
  if (!gap.every((w) => LIST_GLUE.has(w.folded)) || marks.some((p) => /[;:.!?()]/.test(p))) return null;
  if (gap.some((w) => COORDINATORS.has(w.folded))) return 'and';
  return marks.some((p) => p.includes(',')) ? 'comma' : null;
}
const COORDINATORS = new Set(['and', 'or', '&', 'et', 'ou', 'y', 'o', 'e', 'nor', 'ni']);

/** Positions of the proposing words in a sentence, each with whether it is a backward one. */
function proposingWords(words: readonly Word[]): Array<[number, boolean]> {
  const out: Array<[number, boolean]> = [];
  words.forEach((w, i) => {
    const two = `${w.folded} ${words[i + 1]?.folded ?? ''}`;
    if (BACKWARD.some((stem) => two.startsWith(stem))) out.push([i, true]);
    else if (FORWARD.some((stem) => two.startsWith(stem))) out.push([i, false]);
  });
  return out;
}

/**
 * Whether the words just before a name bring it in by comparison: a marker at most a few words
 * before it, with no proposing word after the marker ("we would *like* to propose X" proposes X).
 */
function comparedIn(gap: readonly Word[]): boolean {
  const text = ` ${normalizeText(gap.map((w) => w.text).join(' '))} `;
  return IN_PASSING.some((m) => {
    const at = text.lastIndexOf(m);
    if (at < 0) return false;
    const after = text.slice(at + m.length).trim();
    const rest = after === '' ? [] : after.split(' ');
    return rest.length <= MAX_AFTER_MARKER && !rest.some((w) => FORWARD.some((stem) => w.startsWith(stem)));
  });
}
/** Whether the words just before a name cite a part of it: "norm 13(d) of the" X, "l'article 5 de la" X. */
function citesPart(gap: readonly Word[]): boolean {
  const words = normalizeText(gap.map((w) => w.text).join(' ')).split(' ').filter((w) => w !== '');
  let k = words.length;
  while (k > 0 && PART_TAIL.test(words[k - 1]!) && !PARTS.has(words[k - 1]!)) k -= 1;
  // the part's noun, its number, then "of": "13", "13(d)", "iv"; a lone letter only in brackets ("(d)", "d)"),
  // else it is a word: "le compromiso *y* la Carta", "l'engagement *à* la Charte"
  if (k === 0 || !PARTS.has(words[k - 1]!)) return false;
  const number = words[k] ?? '';
  const bracketed = /^[a-z]$/.test(number) && new RegExp(`(^|[\\s(])${number}\\)`).test(gap.map((w) => `${w.pre}${w.folded}${w.post}`).join(' '));
  const numbered = /\d/.test(number) || /^(?!l$)[ivxl]+$/.test(number) || bracketed;
  return numbered && words.slice(k + 1).some((w) => PART_OF.has(w));
}
/** the word that ties a cited part to its text: "13(d) *of* the", "5 *de* la", "3 *del*" */
const PART_OF = new Set(['of', 'de', 'du', 'des', 'd', 'del']);

/** words allowed between a comparison and its name: "like *the well-known* X", "comme *le* X" */
const MAX_AFTER_MARKER = 4;

/** The words of a gap after its last comma or clause mark: "Like many others, we propose X" does not compare X. */
function clause(gap: readonly Word[]): readonly Word[] {
  let from = 0;
  let opened = false;
  gap.forEach((w, i) => {
    opened ||= w.pre.includes('(') || w.post.includes('(');
    // a bracket closes a clause only if one was opened before it: "13(d)", "13 d)" label a part
    const closes = w.post.includes(')') && opened && !w.text.includes('(');
    if (/[,;:.!?]/.test(w.post) || closes) from = i + 1;
    if (closes) opened = false;
  });
  return gap.slice(from);
}

/**
 * A sentence that asks rather than proposes: a question (unless it offers: "May I recommend X?"),
 * or "whether/if we should ...". The names in it are not put forward.
 */
export function asksAboutProcess(sentence: Sentence): boolean {
  const text = sentence.text.trim();
  const folded = sentence.words.map((w) => w.folded);
  if (/\?["'\u201d\u00bb)\]]*$/.test(text) || text.startsWith('\u00bf')) return !OFFER.test(`${normalizeText(text)} `);
  return folded.some((w, i) => CONDITIONAL.has(w) && folded.slice(i + 1, i + 5).some((m) => MODAL.has(m)));
}

/**
 * Nouns for the texts a sender announces it will name next ("two *texts* we think you should look
 * at", "deux *accords*", "los siguientes *documentos*"): words for a text or an agreement, singular
 * or plural, and the head words of titles (folded), but for "call": in these letters the call is
 * the BPF's own ("thanks for the call for contributions").
 */
const TEXT_NOUNS = new Set([
  ...'text texts agreement agreements document documents instrument instruments initiative initiatives framework frameworks proposal proposals candidate candidates'.split(' '),
  ...'texte textes accord accords document documents instrument instruments initiative initiatives'.split(' '),
  ...'texto textos acuerdo acuerdos documento documentos instrumento instrumentos iniciativa iniciativas'.split(' '),
  ...AGREEMENT_TITLE_FAMILIES.filter((f) => !f.includes('call'))
    .flat()
    .filter((w) => !w.includes(' '))
    .flatMap((w) => [normalizeText(w), `${normalizeText(w)}s`]),
]);

/**
 * A sentence that announces the texts it puts forward without naming them: a proposing word and a
 * noun for texts, no agreement named, no question ("There are two texts we think the BPF should
 * look at", "Nous souhaitons vous signaler deux accords", "Quisiéramos proponer dos textos").
 * The names that follow, one a sentence, are introduced by `introducedName`.
 */
export function announcesProposals(sentence: Sentence): Announcement | null {
  // read from the text first: most sentences speak of no text, and are not split into words
  const words = normalizeText(sentence.text).split(' ');
  if (!words.some((w) => TEXT_NOUNS.has(w) || FOLLOWING.has(w))) return null;
  const list = announcedList(words, sentence.text);
  return list && proposingWords(sentence.words).length > 0 && !asksAboutProcess(sentence) ? list : null;
}
/** An announced list: how many texts it names (null: "a few", "the following"). */
export interface Announcement {
  count: number | null;
}

/** Counts of texts: "*two* texts", "*deux* accords", "*dos* textos", "*3* documents" (folded). */
const COUNTS = new Map<string, number>(
  [
    'one two three four five six seven eight nine ten',
    '_ deux trois quatre cinq six sept huit neuf dix',
    '_ dos tres cuatro cinco seis siete ocho nueve diez',
  ].flatMap((l) => l.split(' ').map((w, i): [string, number] => [w, i + 1]).filter(([w]) => w !== '_')),
);
/** Words for a list of no given length: "a *few* initiatives", "*plusieurs* textes", "*varios* acuerdos". */
const SOME = new Set('few several couple plusieurs quelques varios varias'.split(' '));
/** "the *following* agreements", "les accords *suivants*", "los *siguientes* documentos" (folded) */
const FOLLOWING = new Set('following suivant suivants suivante suivantes siguiente siguientes'.split(' '));

/**
 * The list a sentence announces: a count or a list word next to a noun for texts ("two texts",
 * "deux accords", "a few initiatives", "the following agreements", "los documentos siguientes"),
 * or "the following" closing a clause ("we suggest the following:"). Thanks for the chance "to
 * contribute to this process" announce nothing.
 */
function announcedList(words: readonly string[], text: string): Announcement | null {
  for (const [i, w] of words.entries()) {
    if (!TEXT_NOUNS.has(w)) continue;
    // the count or list word just before the noun (one adjective between: "two new texts"), or just after it ("accords suivants")
    const near = [words[i - 1], words[i - 2], words[i + 1]];
    const count = near.map((n) => (n === undefined ? undefined : /^\d{1,2}$/.test(n) ? Number(n) : COUNTS.get(n))).find((n) => n !== undefined);
    if (count !== undefined) return { count };
    if (near.some((n) => n !== undefined && (SOME.has(n) || FOLLOWING.has(n)))) return { count: null };
  }
  return /\b(following|suivants?|suivantes?|siguientes?)\s*:/i.test(text) ? { count: null } : null;
}

/**
 * Words that give an item of a list its place: "*The first* is", "*Another* is", "*Finally*, there
 * is", "*Le second* est", "*El segundo* es" (folded). Not "also", "then", "other", "next", "last":
 * they open any sentence ("Also, the Budapest Convention is widely ratified").
 */
const ENUMERATORS = new Set(
  [
    'first second third fourth fifth another finally lastly firstly secondly thirdly',
    'premier premiere second seconde deuxieme troisieme quatrieme enfin',
    'primero primera primer segundo segunda tercero tercera tercer cuarto cuarta finalmente',
  ].flatMap((l) => l.split(' ')),
);
/** What else may stand before the name an enumerator introduces: articles, "is", "there is", "il y a", "hay", "one", "in second place", a noun for texts. */
const INTRO_GLUE = new Set(
  [
    // "also" only with an enumerator: "Finally, there is also the X"
    'the a an one is there s and in place of them these also',
    'le la l les un une est c\'est c il y a et en lieu ce cet cette celui celle aussi',
    'el la lo los las uno una es esta hay y en lugar por de ellos tambien',
  ].flatMap((l) => l.split(' ')),
);
/** words an introduction may take before its name: "Finally, there is also the" */
const MAX_INTRO_WORDS = 7;

/**
 * Which name a sentence introduces as the next item of an announced list: the first name, when only
 * an enumerator and small words stand before it ("The first is the X", "Another one is X",
 * "Finally, there is the X", "Le second est la X", "El segundo es el X"); null when none.
 */
export function introducedName(sentence: Sentence, names: readonly Span[]): number | null {
  if (names.length === 0) return null;
  const first = names.reduce((k, x, i) => (x.at < names[k]!.at ? i : k), 0);
  const gap = sentence.words.slice(0, names[first]!.at).map((w) => w.folded);
  if (gap.length === 0 || gap.length > MAX_INTRO_WORDS || !gap.some((w) => ENUMERATORS.has(w))) return null;
  return gap.every((w) => ENUMERATORS.has(w) || INTRO_GLUE.has(w) || TEXT_NOUNS.has(w)) ? first : null;
}
