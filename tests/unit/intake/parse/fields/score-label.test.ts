import { describe, expect, it } from 'vitest';
import { scoreLabel } from '../../../../../src/intake/parse/fields/score-label.js';

describe('scoreLabel', () => {
  const question = (words: number) => {
    const start = 'Is your organization a signatory to any of the agreements covered'.split(' ');
    return [...start, ...Array.from({ length: words - start.length }, () => 'signatory')].join(' ');
  };

  it.each([
    [60, 'question.1'],
    [61, null],
  ])("reads a question of %i words as the call's question, up to 60 words", (words, kind) => {
    expect(scoreLabel(question(words))?.kind ?? null).toBe(kind);
    // asked again, from the memo
    expect(scoreLabel(question(words))?.kind ?? null).toBe(kind);
  });
});
