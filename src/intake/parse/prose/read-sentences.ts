import nlp from 'compromise';
import { countNormalWords, normalizeText } from '../../../core/text/normalize-text.js';

/** words that join two names or clauses of a sentence: "X *and* Y", "X *et* Y", "X *y* Y" */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', '&', 'et', 'y', 'e']);

export interface Word {
  /** the word as written, without an elided article ("l'Appel" -> "Appel") */
  text: string;
  /** the word as written, elided article kept: values read from prose keep it ("Commission de l'UEMOA") */
  written: string;
  /** lower case, no accents */
  folded: string;
  /** normalizeText of `folded` (no punctuation; "d'information": "d information"): how title head words are compared, read many times per word */
  normal: string;
  /** punctuation before the word: an opening bracket or quote */
  pre: string;
  /** punctuation after the word: a comma or a full stop ends a phrase */
  post: string;
  capitalised: boolean;
  /** how many words normalizeText makes of the word as written ("l'Appel": 2): maps a matcher's word positions to words */
  normalWords: number;
}

export interface Sentence {
  readonly text: string;
  /** split when first read: most sentences of a letter are only matched as text */
  readonly words: readonly Word[];
  /** index of the paragraph it belongs to */
  readonly paragraph: number;
}

/** Prose read past this is not read: a letter is shorter, and untrusted text must not make parsing slow. */
const MAX_PROSE_CHARS = 30_000;
/** plain ASCII (most words) has no accents to strip: the NFKD pass is skipped */
const fold = (s: string) => (NON_ASCII.test(s) ? s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : s).toLowerCase();
const NON_ASCII = /[^\x00-\x7f]/;

/** compromise's own tokenizer steps, without the passes after them (contractions, aliases, JSON) that a phrase reader does not use and that cost most of the time */
interface Tokenizer {
  splitSentences(text: string, world: object): string[];
  splitTerms(text: string, model: object): string[];
  splitWhitespace(term: string, model: object): { text: string; pre: string; post: string };
}
const world = nlp.world() as { model: object };
const tokenizer = (nlp.methods() as { one: { tokenize: Tokenizer } }).one.tokenize;

/**
 * Paragraphs split into sentences, and sentences into words, by compromise's tokenizer (which
 * knows abbreviations, quotes and punctuation); each word with what a phrase reader needs: is it
 * capitalised, what punctuation follows it. A sentence never runs from one paragraph into the next.
 */
export function readSentences(paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  capProse(paragraphs).forEach((text, paragraph) => {
    if (text.trim() === '') return;
    for (const raw of tokenizer.splitSentences(text, world)) {
      const sentence = raw.trim();
      if (sentence !== '') out.push(new ProseSentence(sentence, paragraph));
    }
  });
  return out;
}

/** The paragraphs as far as they are read: MAX_PROSE_CHARS in all, the paragraph at the limit cut, the rest ''. */
export function capProse(paragraphs: readonly string[]): string[] {
  let budget = MAX_PROSE_CHARS;
  return paragraphs.map((paragraph) => {
    if (budget <= 0 || paragraph.trim() === '') return '';
    const text = paragraph.slice(0, budget);
    budget -= text.length;
    return text;
  });
}

class ProseSentence implements Sentence {
  private split: Word[] | null = null;

  constructor(
    readonly text: string,
    readonly paragraph: number,
  ) {}

  get words(): readonly Word[] {
    this.split ??= wordsOf(this.text);
    return this.split;
  }
}

function wordsOf(sentence: string): Word[] {
  const words: Word[] = [];
  for (const term of tokenizer.splitTerms(sentence, world.model)) {
    const plain = PLAIN_TERM.exec(term);
    if (plain) {
      words.push(plainWord(plain[2]!, plain[1]!, plain[3]!));
      continue;
    }
    const t = tokenizer.splitWhitespace(term, world.model);
    if (t.text === '') continue;
    const text = t.text.replace(/^[ldjmnst]['\u2019](?=\p{Lu})/iu, '');
    const folded = fold(text);
    words.push({ text, written: t.text, folded, normal: normalizeText(folded), pre: t.pre, post: t.post, capitalised: /^[\p{Lu}\d]/u.test(text), normalWords: countNormalWords(t.text) });
  }
  return words;
}

/**
 * A term of ASCII letters and digits, with brackets or quotes before it and brackets, quotes or
 * stops after it, then ASCII white space: most terms of a letter ("Paris ", "(AMCC), ", "2018."). compromise
 * makes such a term its letters, the punctuation before it as `pre`, the punctuation and white
 * space after it as `post` (no emoticon is letters and digits; an apostrophe after the word may be
 * its own, "norms'", so it is left to compromise); it is read here without compromise's
 * per-character punctuation pass.
 */
const PLAIN_TERM = /^([("'[]*)([A-Za-z0-9]+)([)"\],.;:!?]*[ \t\n\r\f\v]*)$/;

/** The word a plain term makes: its own text, lower-cased (its normal form too); one normal word. */
function plainWord(text: string, pre: string, post: string): Word {
  const first = text.charCodeAt(0);
  const folded = text.toLowerCase();
  return { text, written: text, folded, normal: folded, pre, post, capitalised: first < 97, normalWords: 1 };
}
