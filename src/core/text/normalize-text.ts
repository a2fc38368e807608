/** Lower-case, strip accents and punctuation, collapse spaces: the one normal form for matching. */
export function normalizeText(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d`]/g, "'")
    .replace(/[^a-z0-9'.\s/-]+/g, ' ')
    .replace(/['./-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tokenize(input: string): string[] {
  const n = normalizeText(input);
  return n === '' ? [] : n.split(' ');
}
