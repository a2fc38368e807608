import { renderReplyText } from '../questions/render-reply-text.js';
import type { Block, Reply } from '../reply/reply.js';
import type { Feedback } from './feedback.js';

const VERDICT_LABEL: Readonly<Record<Feedback['verdict'], string>> = { up: '👍 helpful', down: '👎 not helpful', wrong: '👎 "that\'s wrong"' };

/** Members' feedback, newest first: each verdict with the question, the reading and the answer, so a 👎 can become a test case. */
export function feedbackListReply(entries: readonly Feedback[]): Reply {
  const down = entries.filter((f) => f.verdict !== 'up').length;
  const blocks: Block[] = [
    { type: 'heading', text: `Feedback on answers: ${entries.length} (${down} 👎)` },
    entries.length === 0
      ? { type: 'paragraph', text: 'No feedback yet. Members give it with 👍/👎 on an answer, or by typing "that\'s wrong" after it.' }
      : {
          type: 'list',
          ordered: false,
          items: entries.map((f) => ({
            title: `#${f.id} ${f.at.slice(0, 16).replace('T', ' ')} ${VERDICT_LABEL[f.verdict]}: "${f.question}"`,
            detail: [
              f.context.length > 0 ? `after: ${f.context.map((q) => `"${q}"`).join(' -> ')}` : '',
              f.readAs,
              `answer: ${f.intent}${f.agreements.length > 0 ? ` listing ${f.agreements.map((a) => a.name).slice(0, 6).join('; ')}${f.agreements.length > 6 ? ` and ${f.agreements.length - 6} more` : ''}` : ', no agreements'}`,
              f.comment ? `comment: ${f.comment}` : '',
              `(${f.platform})`,
            ].filter((s) => s !== '').join(' | '),
          })),
        },
  ];
  if (down > 0) blocks.push({ type: 'note', text: 'Each 👎 is a test case to write: `normbot feedback --json` gives the question with the ones before it ("ask") and the reading.' });
  return { intent: 'feedback-list', text: renderReplyText(blocks), blocks, agreements: [], norms: [], ephemeral: false };
}
