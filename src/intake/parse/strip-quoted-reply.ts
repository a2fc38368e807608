import type { DocumentBlock } from './document/document-block.js';
import { joinWrappedLabels, readLabel } from './fields/read-label.js';

/** "Fwd:", "Fw:", "TR:", "RV:", "WG:", "ENC:": the whole message is a forward. */
export function isForwardSubject(subject: string): boolean {
  return /^\s*(fwd?|tr|rv|wg|enc)\s*:/i.test(subject);
}

/**
 * The sender's own blocks of a part: quoted blocks and intros (markQuotedText) are dropped, except the text a
 * forward introduces (the contribution being passed on) and, when the message is a forward
 * (`isForward`), the originals quoted under any intro. One exception keeps interleaved answers: a quoted
 * empty label ("> Name of agreement:") directly followed by the sender's own lines is kept as the label.
 * The blocks come back at quote depth 0.
 */
export function stripQuotedReply(blocks: readonly DocumentBlock[], isForward = false): DocumentBlock[] {
  const out: DocumentBlock[] = [];
  /** blocks this deep or less are the sender's own */
  let level = 0;
  let forward = isForward;
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraph' && b.intro) {
      if (b.quoteDepth > level) return;
      if (b.intro === 'forward') forward = true;
      if (forward) level = b.quoteDepth + 1;
      return;
    }
    if (b.quoteDepth <= level) {
      out.push({ ...b, quoteDepth: 0 });
      return;
    }
    const next = blocks[i + 1];
    // a quoted label the mail program wrapped over its last two lines is one label
    const last = 'lines' in b ? joinWrappedLabels(b.lines).at(-1) : undefined;
    if (!next || next.quoteDepth > level || (next.kind === 'paragraph' && next.intro) || !last || readLabel(last)?.value !== '') return;
    const answer = 'lines' in next ? next.lines[0] : undefined;
    if (answer !== undefined && !readLabel(answer)) out.push({ kind: 'paragraph', number: null, strongLead: null, lines: [last], quoteDepth: 0 });
  });
  return out;
}
