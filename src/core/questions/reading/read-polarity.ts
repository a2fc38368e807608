import type { QuestionWords, WordSpan } from './question-words.js';

/**
 * How a constraint is meant: asked for, excluded ("not", "excluding", "rather than", "beyond"), or
 * "not only" (something besides it must be there too).
 */
export type Polarity = 'include' | 'exclude' | 'not-only';

export interface NegationCue extends WordSpan {
  kind: 'exclude' | 'not-only';
  /** "not"/"no": a plain negation, which restraint norms also use ("no attacks on ..."); contrast words never are */
  plain: boolean;
  /** the cue follows what it excludes ("industry ones excluded") */
  after: boolean;
}

const NOT_ONLY = ['not only', 'not just', 'not merely', 'not solely', 'not exclusively', 'not purely', 'not simply', 'more than just', 'more than only', 'more than'];
const CONTRAST = [
  'excluding', 'exclude', 'excludes', 'except', 'except for', 'other than', 'apart from', 'aside from', 'rather than', 'instead of', 'beyond',
  'but not', 'minus', 'leaving out', 'leave out', 'leaving aside', 'setting aside', 'ignoring', 'ignore', 'not counting', 'not including',
  'without', 'outside', 'outside of', 'save for', 'nor', 'neither', 'but no',
  // absence: "agreements that lack / omit / are silent on ..."
  'lack', 'lacks', 'lacking', 'omit', 'omits', 'omitting', 'silent on', 'silent about', 'fail to mention', 'fails to mention',
];
const PLAIN = ['not', 'no', 'none', 'never', 'nothing', 'dont', 'doesnt', 'didnt', 'arent', 'isnt', 'wasnt', 'werent', 'havent', 'hasnt', 'wont', 'cant'];
const AFTER = ['excluded', 'left out', 'not included', 'set aside', 'removed'];
/** "don't", "aren't" normalise to "don t", "aren t" */
const AUXILIARIES = new Set(['don', 'doesn', 'didn', 'aren', 'isn', 'wasn', 'weren', 'haven', 'hasn', 'hadn', 'won', 'can', 'couldn', 'shouldn', 'wouldn']);

/** A group's phrases as words, longest first (the order in which overlapping ones are taken). */
const asWords = (phrases: readonly string[]) => [...phrases].sort((a, b) => b.length - a.length).map((p) => p.split(' '));
const GROUPS: ReadonlyArray<{ phrases: string[][]; kind: NegationCue['kind']; plain: boolean; after: boolean }> = [
  { phrases: asWords(NOT_ONLY), kind: 'not-only', plain: false, after: false },
  { phrases: asWords(AFTER), kind: 'exclude', plain: false, after: true },
  { phrases: asWords(CONTRAST), kind: 'exclude', plain: false, after: false },
  { phrases: asWords(PLAIN), kind: 'exclude', plain: true, after: false },
];

/** Negation and contrast cues in the question, longest first where they overlap; `reserved` words (inside names, terms) are skipped. */
export function findNegationCues(q: QuestionWords, reserved: (position: number) => boolean): NegationCue[] {
  const found: NegationCue[] = [];
  const taken = new Set<number>();
  // each phrase is tried only where its first word is
  const positions = new Map<string, number[]>();
  q.words.forEach((w, i) => positions.set(w, [...(positions.get(w) ?? []), i]));
  for (const { phrases, kind, plain, after } of GROUPS) {
    for (const parts of phrases) {
      for (const i of positions.get(parts[0]!) ?? []) {
        const span = { start: i, end: i + parts.length - 1 };
        if (!parts.every((p, k) => q.words[i + k] === p) || range(span).some((p) => taken.has(p) || reserved(p))) continue;
        range(span).forEach((p) => taken.add(p));
        found.push({ ...span, kind, plain, after });
      }
    }
  }
  q.words.forEach((w, i) => {
    if (w === 't' && AUXILIARIES.has(q.words[i - 1] ?? '') && !taken.has(i)) found.push({ start: i - 1, end: i, kind: 'exclude', plain: true, after: false });
  });
  return found.sort((a, b) => a.start - b.start);
}

function range(span: WordSpan): number[] {
  return Array.from({ length: span.end - span.start + 1 }, (_, k) => span.start + k);
}

/**
 * The cue that governs a constraint at `span`: the nearest cue before it in the same clause with
 * only `bridge` words (verbs and fillers such as "signed by the") in between, or a cue right after
 * it ("industry excluded"). A constraint joined to an earlier one by "or"/"and"/"nor" shares its
 * cue: "not industry or civil society" excludes both.
 */
export function cueFor(
  q: QuestionWords,
  span: WordSpan,
  cues: readonly NegationCue[],
  bridge: (word: string, position: number) => boolean,
  maxGap = 5,
): NegationCue | undefined {
  const after = cues.find((c) => c.after && c.start > span.end && c.start - span.end <= 3 && !crossesClause(q, span.end + 1, c.start));
  if (after) return after;
  let gap = 0;
  for (let i = span.start - 1; i >= 0; i--) {
    // a clause boundary ends the search, unless the clause goes on with "or"/"and": "not industry, or civil society"
    if (q.clauseStarts.has(i + 1) && !JOINERS.has(q.words[i + 1] ?? '')) return undefined;
    const cue = cues.find((c) => !c.after && c.end === i);
    if (cue) return cue;
    if (!bridge(q.words[i] ?? '', i) && !JOINERS.has(q.words[i] ?? '')) return undefined;
    if (++gap > maxGap) return undefined;
  }
  return undefined;
}

const JOINERS = new Set(['or', 'and', 'nor', 'either', 'neither']);

function crossesClause(q: QuestionWords, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (q.clauseStarts.has(i)) return true;
  return false;
}

/** A constraint's polarity from its cue: excluding an "only" constraint ("not state-only") asks for something besides it. */
export function polarityOf(cue: NegationCue | undefined, only: boolean): Polarity {
  if (!cue) return 'include';
  if (cue.kind === 'not-only' || only) return 'not-only';
  return 'exclude';
}
