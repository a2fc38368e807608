import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { draftCardReply, statusLine } from '../moderation/draft-card-reply.js';
import type { ModerationResult } from '../moderation/moderation-port.js';
import type { Reply } from '../reply/reply.js';

/** A short ephemeral notice: refusals and errors only the asker sees. */
export function noticeReply(intent: string, message: string): Reply {
  return { intent, text: message, blocks: [{ type: 'paragraph', text: message }], agreements: [], norms: [], ephemeral: true };
}

/**
 * What a moderator sees after acting: the updated card headed by what happened, or a private
 * notice saying why nothing happened (with the decision, when someone else was first).
 */
export function moderationResultReply(result: ModerationResult, catalog?: CatalogSnapshot, now?: Date): Reply {
  if (!result.ok) {
    const reply = noticeReply(`moderation-${result.code}`, result.message);
    if (result.code === 'already-decided') reply.blocks.push({ type: 'note', text: statusLine(result.draft) });
    return reply;
  }
  const card = draftCardReply(result.draft, catalog, now);
  return { ...card, text: `${result.message}\n\n${card.text}`, blocks: [{ type: 'paragraph', text: result.message }, ...card.blocks] };
}
