/** Lower-case, strip accents and punctuation, collapse spaces: the one normal form for matching. */
export function normalizeText(input: string): string {
  // plain ASCII (most mail and questions) has no accents to strip: skip the costly NFKD pass
  const folded = NON_ASCII.test(input) ? input.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : input;
  // every run of anything but a letter or digit (quotes, apostrophes, dots, slashes, spaces) is one space
  return folded.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

const NON_ASCII = /[^\x00-\x7f]/;

export function tokenize(input: string): string[] {
  const n = normalizeText(input);
  return n === '' ? [] : n.split(' ');
}
