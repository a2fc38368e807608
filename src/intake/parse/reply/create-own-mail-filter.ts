import { normalizeText } from '../../../core/text/normalize-text.js';
import type { DocumentBlock } from '../document/document-block.js';

/** A run of lines this long (in words) found word for word in our mail is a copy of it, not the sender's words. */
const MIN_COPIED_WORDS = 5;

export interface OwnMailFilter {
  /** whether the line is one of our mail's lines (with at least two words), as written */
  isOurLine(line: string): boolean;
  /** the blocks without the lines that repeat our mail */
  dropOurLines(blocks: readonly DocumentBlock[]): DocumentBlock[];
}

/**
 * Our own mails in a thread (the acknowledgement, outcome mails), to tell them apart from what a
 * contributor wrote when a mail program quoted them without quote marks, re-wrapped them, or the
 * contributor pasted them: a line equal to one of our lines, or a run of lines that our mail holds
 * word for word (MIN_COPIED_WORDS or more), is ours. A short line the contributor wrote ("Date of
 * launch: 2017", as our acknowledgement's example reads) stays theirs unless it is a whole line of ours.
 */
export function createOwnMailFilter(mails: readonly string[]): OwnMailFilter {
  const texts = mails.map((m) => ` ${normalizeText(m)} `);
  const lines = new Set(mails.flatMap((m) => m.split('\n')).map(normalizeText).filter((l) => l.includes(' ')));
  const holds = (run: string) => texts.some((t) => t.includes(` ${run} `));
  const isOurLine = (line: string) => lines.has(normalizeText(line));

  const dropFrom = (text: readonly string[]): string[] => {
    const norm = text.map(normalizeText);
    const ours = new Array<boolean>(text.length).fill(false);
    for (let i = 0; i < text.length; i += 1) {
      if (norm[i] === '') continue;
      if (lines.has(norm[i]!)) {
        ours[i] = true;
        continue;
      }
      let run = norm[i]!;
      let j = i;
      if (!holds(run)) continue;
      while (j + 1 < text.length && norm[j + 1] !== '' && holds(`${run} ${norm[j + 1]}`)) run = `${run} ${norm[++j]}`;
      if (run.split(' ').length >= MIN_COPIED_WORDS) ours.fill(true, i, j + 1);
    }
    return text.filter((_, i) => !ours[i]);
  };

  return {
    isOurLine,
    dropOurLines(blocks) {
      if (texts.length === 0) return [...blocks];
      const out: DocumentBlock[] = [];
      for (const b of blocks) {
        if (!('lines' in b)) {
          out.push(b);
          continue;
        }
        const kept = dropFrom(b.lines);
        if (kept.some((l) => l.trim() !== '')) out.push({ ...b, lines: kept });
      }
      return out;
    },
  };
}
