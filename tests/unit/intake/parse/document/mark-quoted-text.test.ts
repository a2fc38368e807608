import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../../../../../src/intake/parse/document/document-block.js';
import { markQuotedText } from '../../../../../src/intake/parse/document/mark-quoted-text.js';

const paragraph = (...lines: string[]): DocumentBlock => ({ kind: 'paragraph', number: null, strongLead: null, lines, quoteDepth: 0 });

describe('markQuotedText', () => {
  // the lines are folded in one text and split again: a line with a break of its own must not shift the others
  it('finds the attribution below a line that holds a line break of its own', () => {
    const marked = markQuotedText([paragraph('Answer one', 'line with\nits own break'), paragraph('On Mon, 5 Oct 2020, BPF wrote:', 'quoted text'), paragraph('more')]);
    expect(marked.map((b) => ['lines' in b ? b.lines : [], b.quoteDepth, b.kind === 'paragraph' ? (b.intro ?? null) : null])).toEqual([
      [['Answer one', 'line with\nits own break'], 0, null],
      [['On Mon, 5 Oct 2020, BPF wrote:'], 0, 'reply'],
      [['quoted text'], 1, null],
      [['more'], 1, null],
    ]);
  });

  it('leaves a part that quotes nothing as it is', () => {
    const blocks = [paragraph('Dear colleagues,', 'please find our input.'), paragraph('Best regards,', 'Ana')];
    expect(markQuotedText(blocks)).toEqual(blocks);
  });
});
