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
  const out: Sentence[] = [];
  let budget = MAX_PROSE_CHARS;
  paragraphs.forEach((paragraph, p) => {
    if (budget <= 0 || paragraph.trim() === '') return;
    const text = paragraph.slice(0, budget);
    budget -= text.length;
    // tokenize: sentences and words without the tagger, which a phrase reader does not use (most of the cost)
    const doc = nlp.tokenize(text).json() as Array<{ text: string; terms: Array<{ text: string; post: string }> }>;
    for (const s of doc) {
      const words = s.terms
        .filter((t) => t.text !== '')
        .map((t) => {
          const word = t.text.replace(/^[ldjmnst]['\u2019](?=\p{Lu})/iu, '');
          return { text: word, folded: fold(word), post: t.post, capitalised: /^[\p{Lu}\d]/u.test(word) };
        });
      if (words.length > 0) out.push({ text: s.text.trim(), words, paragraph: p });
    }
  });
  return out;
}
