import nlp from 'compromise';

export interface Word {
  /** the word as written, without an elided article ("l'Appel" -> "Appel") */
  text: string;
  /** lower case, no accents */
  folded: string;
  /** punctuation after the word: a comma or a full stop ends a phrase */
  post: string;
  capitalised: boolean;
}

export interface Sentence {
  text: string;
  words: Word[];
  /** index of the paragraph it belongs to */
  paragraph: number;
}

/** Prose read past this is not read: a letter is shorter, and untrusted text must not make parsing slow. */
const MAX_PROSE_CHARS = 30_000;
const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * Paragraphs split into sentences and words by compromise's tokenizer (which knows abbreviations, quotes and
 * punctuation), each word with what a phrase reader needs: is it capitalised, what punctuation follows it.
 */
export function readSentences(paragraphs: readonly string[]): Sentence[] {
  // one tokenizer call for the whole letter (each call has a fixed cost), paragraphs a blank line
  // apart; each word goes back to its paragraph by its offset
  const texts: string[] = [];
  const starts: number[] = [];
  const numbers: number[] = [];
  let budget = MAX_PROSE_CHARS;
  let at = 0;
  paragraphs.forEach((paragraph, p) => {
    if (budget <= 0 || paragraph.trim() === '') return;
    const text = paragraph.slice(0, budget);
    budget -= text.length;
    texts.push(text);
    starts.push(at);
    numbers.push(p);
    at += text.length + PARAGRAPH_BREAK.length;
  });
  if (texts.length === 0) return [];
  // tokenize: sentences and words without the tagger, which a phrase reader does not use (most of the cost)
  const doc = nlp.tokenize(texts.join(PARAGRAPH_BREAK)).json({ offset: true }) as Array<{ text: string; terms: Term[] }>;
  const out: Sentence[] = [];
  for (const s of doc) {
    const pieces = splitAtParagraphs(s.terms.filter((t) => t.text !== ''), starts);
    for (const piece of pieces) {
      const words = piece.terms.map((t) => {
        const word = t.text.replace(/^[ldjmnst]['\u2019](?=\p{Lu})/iu, '');
        return { text: word, folded: fold(word), post: t.post, capitalised: /^[\p{Lu}\d]/u.test(word) };
      });
      const text = pieces.length === 1 ? s.text : piece.terms.map((t) => t.pre + t.text + t.post).join('');
      if (words.length > 0) out.push({ text: text.trim(), words, paragraph: numbers[piece.index]! });
    }
  }
  return out;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  offset: { start: number };
}

const PARAGRAPH_BREAK = '\n\n';

/** A sentence's terms grouped by the paragraph each starts in (the tokenizer breaks sentences at a blank line; this holds if it does not). */
function splitAtParagraphs(terms: readonly Term[], starts: readonly number[]): Array<{ index: number; terms: Term[] }> {
  const pieces: Array<{ index: number; terms: Term[] }> = [];
  for (const term of terms) {
    const index = lastAtOrBefore(starts, term.offset.start);
    if (pieces.at(-1)?.index === index) pieces.at(-1)!.terms.push(term);
    else pieces.push({ index, terms: [term] });
  }
  return pieces;
}

/** The index of the last of the ascending `starts` that is ≤ `offset` (binary search). */
function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
