/** Lower-case, strip accents and punctuation, collapse spaces: the one normal form for matching. */
export function normalizeText(input: string): string {
  // one parse reads the same line or paragraph with several readers (labels, call text, prose, names)
  const memoable = input.length >= MEMO_MIN_CHARS && input.length <= MEMO_MAX_CHARS;
  if (memoable) {
    const hit = memo.get(input);
    if (hit !== undefined) return hit;
  }
  // plain ASCII (most mail and questions) has no accents to strip: no NFKD pass, and one loop over its char codes
  const normal = normalizeAscii(input) ?? input.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  if (memoable) {
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value ?? '');
    memo.set(input, normal);
  }
  return normal;
}

const NON_ASCII = /[^\x00-\x7f]/;
/** shorter texts cost less to normalise than to look up */
const MEMO_MIN_CHARS = 12;
/**
 * a longer text is rarely read twice. The keys may be slices of a mail's text, which keep that text
 * alive: the memo holds the text of the last mail or two, as the parse that just ran did.
 */
const MEMO_MAX_CHARS = 4_000;
const MEMO_SIZE = 256;
const memo = new Map<string, string>();

/** ASCII char code -> its lower-case letter or digit, 0 for everything else (a word break); not to be written outside this module */
export const WORD_CHAR = new Uint8Array(128);
for (let c = 48; c <= 57; c++) WORD_CHAR[c] = c;
for (let c = 97; c <= 122; c++) WORD_CHAR[c] = c;
for (let c = 65; c <= 90; c++) WORD_CHAR[c] = c + 32;
const SCRATCH = Buffer.alloc(65_536);
/** the shared buffer; a longer text gets one of its own, not kept, so memory stays at 64 KB */
const bufferFor = (length: number) => (length <= SCRATCH.length ? SCRATCH : Buffer.allocUnsafe(length));

/**
 * `text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()` for ASCII text, in one pass that also
 * tells ASCII from other text (null: not ASCII): about twice as fast as the string passes, and
 * normalising is what a parse and a question do most.
 */
function normalizeAscii(text: string): string | null {
  const out = bufferFor(text.length);
  let n = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) return null;
    const c = WORD_CHAR[code]!;
    if (c === 0) {
      gap = n > 0;
      continue;
    }
    if (gap) {
      out[n++] = 32;
      gap = false;
    }
    out[n++] = c;
  }
  return out.toString('latin1', 0, n);
}

/**
 * The normal forms of the prefixes of `text` from one pass over it: `prefix(end)` is
 * `normalizeText(text.slice(0, end))`. A reader that tries a line's label at each of its
 * separators reads each prefix for the cost of a slice, not of normalising it again.
 */
export function prefixNormalizer(text: string): (end: number) => string {
  // accents fold per character only in ASCII; other text is normalised per prefix
  if (NON_ASCII.test(text)) return (end) => normalizeText(text.slice(0, end));
  const normal = normalizeText(text);
  // upTo[i]: the length of the normal form of text.slice(0, i); a word break is written only when the next word starts
  const upTo = new Uint32Array(text.length + 1);
  let n = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    if (WORD_CHAR[text.charCodeAt(i)] === 0) gap = n > 0;
    else {
      n += gap ? 2 : 1;
      gap = false;
    }
    upTo[i + 1] = n;
  }
  return (end) => normal.slice(0, upTo[Math.min(Math.max(end, 0), text.length)]);
}

/** How many words normalizeText makes of a text, counted without making them when it is ASCII. */
export function countNormalWords(text: string): number {
  if (NON_ASCII.test(text)) {
    const normal = normalizeText(text);
    return normal === '' ? 0 : normal.split(' ').length;
  }
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const letter = WORD_CHAR[text.charCodeAt(i)] !== 0;
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words;
}

export function tokenize(input: string): string[] {
  const n = normalizeText(input);
  return n === '' ? [] : n.split(' ');
}
