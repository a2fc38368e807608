import { findQuestionHeading, isAboutYouHeading, type QuestionHeading } from './find-question-heading.js';
import { readLabelledLine, type LabelledLine } from './read-labelled-line.js';

/**
 * What the parser reads from one line, computed once per parse: the same lines pass through quote
 * stripping, call-text stripping and the questionnaire reader, and each asked for label and heading.
 * Results are shared between callers: read them, never change them.
 */
export interface LineMemo {
  label(line: string): LabelledLine | null;
  heading(line: string): QuestionHeading | null;
  aboutYou(line: string): boolean;
}

export function createLineMemo(): LineMemo {
  const labels = new Map<string, LabelledLine | null>();
  const headings = new Map<string, QuestionHeading | null>();
  const aboutYou = new Map<string, boolean>();
  const memo = <T>(cache: Map<string, T>, read: (line: string) => T) => (line: string): T => {
    const hit = cache.get(line);
    if (hit !== undefined || cache.has(line)) return hit as T;
    const value = read(line);
    cache.set(line, value);
    return value;
  };
  return { label: memo(labels, readLabelledLine), heading: memo(headings, findQuestionHeading), aboutYou: memo(aboutYou, isAboutYouHeading) };
}
