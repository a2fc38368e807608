/** Lower-case, strip accents and punctuation, collapse spaces: the one normal form for matching. */
export function normalizeText(input: string): string {
  // one parse reads the same line or paragraph with several readers (labels, call text, prose, names)
  const memoable = input.length >= MEMO_MIN_CHARS && input.length <= MEMO_MAX_CHARS;
  if (memoable) {
    const hit = memo.get(input);
    if (hit !== undefined) return hit;
  }
  // plain ASCII (most mail and questions) has no accents to strip: skip the costly NFKD pass
  const folded = NON_ASCII.test(input) ? input.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : input;
  // every run of anything but a letter or digit (quotes, apostrophes, dots, slashes, spaces) is one space
  const normal = folded.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  if (memoable) {
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value ?? '');
    memo.set(input, normal);
  }
  return normal;
}

const NON_ASCII = /[^\x00-\x7f]/;
/** shorter texts cost less to normalise than to look up */
const MEMO_MIN_CHARS = 12;
/** a long text is read once: keeping it would only hold memory */
const MEMO_MAX_CHARS = 20_000;
const MEMO_SIZE = 256;
const memo = new Map<string, string>();

export function tokenize(input: string): string[] {
  const n = normalizeText(input);
  return n === '' ? [] : n.split(' ');
}
