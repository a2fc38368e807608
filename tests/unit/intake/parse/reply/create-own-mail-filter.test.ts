import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../../../../../src/intake/parse/document/document-block.js';
import { createOwnMailFilter } from '../../../../../src/intake/parse/reply/create-own-mail-filter.js';

const OURS = [
  'Dear Ada,',
  '',
  'Thank you for your contribution to the IGF Best Practice Forum on Cybersecurity.',
  'Drafts created: 1 (#12). The forum\'s moderators will review it before anything enters the catalog.',
  '   launched: 2019',
  '"Date of launch: 2017" or "Maintained by: ...". A moderator reads every reply.',
].join('\n');
const paragraph = (...lines: string[]): DocumentBlock => ({ kind: 'paragraph', number: null, strongLead: null, lines, quoteDepth: 0 });
const kept = (blocks: DocumentBlock[]) => blocks.flatMap((b) => ('lines' in b ? b.lines : []));

describe('createOwnMailFilter', () => {
  const filter = createOwnMailFilter([OURS]);

  it('drops our lines, and our paragraphs re-wrapped by a mail program', () => {
    const rewrapped = paragraph('Thank you for your contribution to the IGF', 'Best Practice Forum on Cybersecurity.', 'launched: 2019');
    expect(kept(filter.dropOurLines([rewrapped]))).toEqual([]);
  });

  it("keeps the sender's own short line even when our mail holds the same words inside a longer line", () => {
    expect(kept(filter.dropOurLines([paragraph('Date of launch: 2017', 'Thanks, Ada')]))).toEqual(['Date of launch: 2017', 'Thanks, Ada']);
  });

  it("keeps the sender's sentences that only share words with our mail", () => {
    const own = 'The moderators will review the catalog before the forum enters it.';
    expect(kept(filter.dropOurLines([paragraph(own)]))).toEqual([own]);
  });

  it('tells a line of ours from one of theirs', () => {
    expect(filter.isOurLine('> launched: 2019'.slice(2))).toBe(true);
    expect(filter.isOurLine('launched: 2017')).toBe(false);
  });
});
