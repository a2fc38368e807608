import { countNormalWords, normalizeText, tokenize } from '../../core/text/normalize-text.js';
import { CALL_PARAGRAPHS } from './call-text.js';

/** word -> the call paragraphs it occurs in, so a line is compared with all of them in one pass */
const PARAGRAPHS_BY_WORD = new Map<string, number[]>();
CALL_PARAGRAPHS.forEach((p, i) => {
  for (const t of new Set(tokenize(p))) PARAGRAPHS_BY_WORD.set(t, [...(PARAGRAPHS_BY_WORD.get(t) ?? []), i]);
});
const SHORT_WORDS = 6;
const CALL_SHORT = new Set(CALL_PARAGRAPHS.map((p) => tokenize(p).join(' ')).filter((p) => p.split(' ').length <= SHORT_WORDS));
/** share of a line's words found in one call paragraph above which the line is the call's, not the contributor's */
const CALL_OVERLAP = 0.85;
const MIN_TOKENS = 5;
/** words of the line found per call paragraph; one table for every call (the function never yields) */
const HITS = new Int32Array(CALL_PARAGRAPHS.length);

/**
 * The normal forms of lines found to be the call's: contributions quote the call, each in the same
 * words, so its lines come back mail after mail; a sender's own lines do not and are not kept.
 * Bounded, oldest first out, like the other memos of a parse.
 */
const CALL_LINES = new Set<string>();
const CALL_LINES_SIZE = 512;
/** a call paragraph is at most about 1,200 characters; a longer line is not kept */
const CALL_LINE_MAX_CHARS = 2_000;

/** True when the line is (a piece of) one of the call's own paragraphs. */
export function isCallText(line: string): boolean {
  const normal = normalizeText(line);
  if (normal === '') return false;
  if (CALL_LINES.has(normal)) return true;
  if (!readsAsCall(normal)) return false;
  if (normal.length <= CALL_LINE_MAX_CHARS) {
    if (CALL_LINES.size >= CALL_LINES_SIZE) CALL_LINES.delete(CALL_LINES.values().next().value ?? '');
    CALL_LINES.add(normal);
  }
  return true;
}

/** isCallText of a line in normal form. */
function readsAsCall(normal: string): boolean {
  // the words are read one by one from the normal form: a sender's long line is told apart after a few of them
  const count = countNormalWords(normal);
  if (count <= SHORT_WORDS && CALL_SHORT.has(normal)) return true;
  if (count < MIN_TOKENS) return false;
  // the words are counted per paragraph as they are read: a sender's line is told once no paragraph
  // could reach CALL_OVERLAP even if every word left were its own, often a third of the way in
  const hits = HITS.fill(0);
  let most = 0;
  let read = 0;
  for (let start = 0; start < normal.length; ) {
    const end = normal.indexOf(' ', start);
    const paragraphs = PARAGRAPHS_BY_WORD.get(normal.slice(start, end < 0 ? normal.length : end));
    start = end < 0 ? normal.length : end + 1;
    read += 1;
    if (paragraphs) for (const i of paragraphs) most = Math.max(most, ++hits[i]!);
    // after the last word this is most / count < CALL_OVERLAP
    if ((most + count - read) / count < CALL_OVERLAP) return false;
  }
  // a short line of the sender's can be made of one paragraph's words ("and is a member of the Freedom
  // Online Coalition."): it is the call's only when it follows that paragraph's words as a quoted line
  // does, one after the other, a word in a few changed ("organisation", "17" for "17th")
  if (count >= LOOSE_FROM) return true;
  const words = normal.split(' ');
  return CALL_WORDS.some((p, i) => hits[i] === most && inOrder(words, p) / count >= CALL_OVERLAP);
}
/** from this many words a line with most of them in one call paragraph is that paragraph's, in whatever order */
const LOOSE_FROM = 12;
const CALL_WORDS = CALL_PARAGRAPHS.map((p) => tokenize(p));

/** How far apart two words of a quoted line may stand in the paragraph: a word the sender changed or added between them. */
const QUOTE_GAP = 3;

/**
 * How many of the line's words follow one another in the paragraph as in a quote of it: in the same
 * order, each within QUOTE_GAP words of the one before, from the best place to start.
 */
function inOrder(line: readonly string[], paragraph: readonly string[]): number {
  let best = 0;
  for (let start = 0; start < paragraph.length; start++) {
    if (paragraph[start] !== line[0] && paragraph[start] !== line[1]) continue;
    let found = 0;
    let at = start - 1;
    for (const w of line) {
      const last = Math.min(paragraph.length - 1, at + QUOTE_GAP);
      for (let j = at + 1; j <= last; j++) {
        if (paragraph[j] !== w) continue;
        found += 1;
        at = j;
        break;
      }
    }
    best = Math.max(best, found);
  }
  return best;
}
