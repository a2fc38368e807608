import { normalizeText } from '../../text/normalize-text.js';

/** A question as normalised words, with where each clause starts (punctuation is lost in normalising). */
export interface QuestionWords {
  /** normalizeText(question): the positions of `words` are those every matcher reports */
  readonly text: string;
  readonly words: readonly string[];
  /** positions of words that open a clause (after a comma, semicolon, bracket, dash or full stop) */
  readonly clauseStarts: ReadonlySet<number>;
}

/** Inclusive word positions of a part of the question. */
export interface WordSpan {
  readonly start: number;
  readonly end: number;
}

export function readQuestionWords(question: string): QuestionWords {
  const words: string[] = [];
  const clauseStarts = new Set<number>([0]);
  // normalising each clause and joining gives the same words as normalising the whole question
  for (const clause of question.slice(0, 2_000).split(/[,;:!?()[\]]|\s[-–—]+\s|\.(?:\s|$)/)) {
    const normal = normalizeText(clause);
    if (normal === '') continue;
    clauseStarts.add(words.length);
    words.push(...normal.split(' '));
  }
  return { text: words.join(' '), words, clauseStarts };
}

/** The word span of a regular-expression match in normalised text. */
function spanOfMatch(text: string, index: number, matched: string): WordSpan {
  const start = index === 0 ? 0 : text.slice(0, index).trimEnd().split(' ').length;
  return { start, end: start + matched.trim().split(' ').length - 1 };
}

/** Every match of a pattern (global flag added) in normalised text, as word spans. */
export function findSpans(text: string, re: RegExp): Array<WordSpan & { matched: string; groups: readonly (string | undefined)[] }> {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  return [...text.matchAll(global)].filter((m) => m[0].trim() !== '').map((m) => ({ ...spanOfMatch(text, m.index ?? 0, m[0]), matched: m[0].trim(), groups: m.slice(1) }));
}

export function wordsOf(words: readonly string[], span: WordSpan): string {
  return words.slice(span.start, span.end + 1).join(' ');
}

export function overlaps(a: WordSpan, b: WordSpan): boolean {
  return a.start <= b.end && b.start <= a.end;
}
