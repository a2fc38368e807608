import type { AgreementField, RawAgreement, RawField } from '../fields/read-questionnaire.js';
import type { Sentence, Word } from './read-sentences.js';

/** Verbs of launching an agreement: the year next to one is its launch year. */
const LAUNCH = ['launch', 'adopt', 'sign', 'creat', 'establish', 'agreed', 'endorse', 'publish', 'issued', 'started', 'since', 'lanc', 'signe', 'cree', 'publie', 'depuis', 'lanz', 'firm', 'cread', 'publicad', 'aprobad', 'desde', 'adoptad'];
/** "<verb> by X": who keeps the agreement */
const MAINTAINED = ['maintained', 'run', 'managed', 'hosted', 'coordinated', 'administered', 'led', 'convened', 'overseen', 'stewarded', 'facilitated', 'gere', 'geree', 'maintenu', 'maintenue', 'coordonne', 'coordonnee', 'anime', 'animee', 'porte', 'portee', 'pilote', 'pilotee', 'administrado', 'administrada', 'gestionado', 'gestionada', 'coordinado', 'coordinada', 'mantenido', 'mantenida', 'liderado', 'liderada', 'dirigido', 'dirigida'];
/** "<verb> by X", "between X": who is party to it */
const SIGNED = ['signed', 'endorsed', 'joined', 'ratified', 'adopted', 'supported', 'agreed', 'backed', 'signe', 'signee', 'signes', 'adopte', 'adoptee', 'ratifie', 'soutenu', 'endosse', 'firmado', 'firmada', 'adoptado', 'adoptada', 'suscrito', 'suscrita', 'ratificado', 'respaldado', 'apoyado'];
const BY = new Set(['by', 'par', 'por']);
const BETWEEN = new Set(['between', 'among', 'amongst', 'entre']);
/** words that end a value: a new clause */
const STOP = new Set('which who that to since in en depuis desde qui que pour para with avec con is was est es fue are were sont son'.split(' '));
const MAX_VALUE_WORDS = 20;

/**
 * Year, maintainer and parties of an agreement named in a letter, from the sentences that speak of
 * it: a year beside a launching verb (or the only year), "run by X", "signed by X", "between X".
 */
export function readFacts(context: readonly Sentence[], name: string): RawAgreement {
  const facts: RawAgreement = {};
  const nameWords = new Set(name.toLowerCase().split(/\s+/));
  const put = (field: AgreementField, value: string | null, sentence: Sentence, confidence: number) => {
    if (value && !facts[field]) facts[field] = { value, snippet: sentence.text, confidence, source: 'prose' } satisfies RawField;
  };
  for (const s of context) {
    put('agreement.date', launchYear(s, nameWords), s, 0.6);
    put('agreement.maintainer', valueAfter(s.words, (w, next) => MAINTAINED.includes(w.folded) && BY.has(next?.folded ?? ''), 2, true), s, 0.5);
    put('agreement.parties', valueAfter(s.words, (w, next) => SIGNED.includes(w.folded) && BY.has(next?.folded ?? ''), 2, false) ?? valueAfter(s.words, (w) => BETWEEN.has(w.folded), 1, false), s, 0.5);
  }
  return facts;
}

/** The year next to a launching verb, else the only year of the sentence; not a year inside the name itself. */
function launchYear(s: Sentence, nameWords: ReadonlySet<string>): string | null {
  const years = s.words.map((w, i) => ({ w, i })).filter(({ w }) => /^(19|20)\d\d$/.test(w.folded.replace(/\W+$/, '')) && !nameWords.has(w.text.toLowerCase()));
  const near = years.find(({ i }) => s.words.slice(Math.max(0, i - 4), i).some((w) => LAUNCH.some((v) => w.folded.startsWith(v))));
  const chosen = near ?? (years.length === 1 ? years[0] : undefined);
  return chosen ? chosen.w.folded.replace(/\W+$/, '') : null;
}

/**
 * The words after a cue ("maintained by" X), up to the end of the clause: punctuation (a comma too
 * when `commaEnds`), a clause word, or a year.
 */
function valueAfter(words: readonly Word[], isCue: (w: Word, next: Word | undefined) => boolean, cueLength: number, commaEnds: boolean): string | null {
  const at = words.findIndex((w, i) => isCue(w, words[i + 1]));
  if (at < 0) return null;
  const value: string[] = [];
  for (const w of words.slice(at + cueLength, at + cueLength + MAX_VALUE_WORDS)) {
    if (STOP.has(w.folded) || /^(19|20)\d\d/.test(w.folded)) break;
    value.push(w.text);
    if (/[.;:!?()]/.test(w.post) || (commaEnds && w.post.includes(','))) break;
  }
  const text = value.join(' ').replace(/^(the|le|la|les|el|los|las)\s+/i, '').replace(/[,;.]+$/, '').trim();
  return text === '' ? null : text;
}
