import { normalizeText } from '../../core/text/normalize-text.js';

/*
 * Word families of the readers (anonymity, greetings, numbered answers, negation): lists of
 * normalised words where `x*` stands for any word starting with x.
 */
const families = new WeakMap<readonly string[], (token: string) => boolean>();

/**
 * Whether one of the tokens belongs to the word family `words` (`x*` = any word starting with x): the family
 * is compiled once into a set of exact words and a few prefixes, so each token costs one lookup, not
 * a pass over the family (a sentence can be a megabyte long).
 */
export function has(words: readonly string[], tokens: readonly string[]): boolean {
  let isMember = families.get(words);
  if (!isMember) {
    const exact = new Set(words.filter((w) => !w.endsWith('*')));
    // prefixes by their first letter: a token is compared with the few that can start it, not with all (ROLE has 60)
    const prefixes = new Map<string, string[]>();
    for (const p of words.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1))) prefixes.set(p[0] ?? '', [...(prefixes.get(p[0] ?? '') ?? []), p]);
    const any = prefixes.has(''); // a bare '*': every word
    isMember = (token) => exact.has(token) || any || (prefixes.get(token[0] ?? '')?.some((p) => token.startsWith(p)) ?? false);
    families.set(words, isMember);
  }
  return tokens.some(isMember);
}

const stemPatterns = new WeakMap<readonly string[], RegExp>();
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Whether a word of the family may be in the text, asked before tokenising it: false means no token
 * of `normalizeText(text)` is in the family. A normal word is a run of letters and digits, lower-cased,
 * so a family word is where its stem (`x` of `x*`, or the word) follows no letter or digit, in the
 * normal form or, in ASCII text, as written: one native pattern test instead of a pass of words.
 */
export function mayHave(words: readonly string[], text: string): boolean {
  let stems = stemPatterns.get(words);
  if (!stems) {
    const escaped = words.map((w) => w.replace(/\*$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    stems = new RegExp(`(?<![a-z0-9])(?:${escaped.join('|')})`, 'i');
    stemPatterns.set(words, stems);
  }
  return stems.test(NON_ASCII.test(text) ? normalizeText(text) : text);
}
