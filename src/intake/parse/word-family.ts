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
    const prefixes = words.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
    isMember = (token) => exact.has(token) || prefixes.some((p) => token.startsWith(p));
    families.set(words, isMember);
  }
  return tokens.some(isMember);
}
