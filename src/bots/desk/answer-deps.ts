import type { ConversationStore } from '../../core/conversation/conversation-store.js';
import type { FeedbackStore } from '../../core/feedback/feedback.js';
import type { ReplyFiles } from './create-reply-files.js';

/**
 * What both chat adapters need beyond moderation to answer members: where follow-ups find the
 * answer before, where 👍/👎 go (null: not stored), and the files an answer carries.
 */
export interface AnswerDeps {
  conversations: ConversationStore;
  feedback: FeedbackStore | null;
  files: ReplyFiles;
}
