import type { CatalogSnapshot } from '../../src/core/catalog/catalog-snapshot.js';
import { handleChatMessage } from '../../src/core/chat/handle-chat-message.js';
import { createMemoryConversationStore } from '../../src/core/conversation/create-memory-conversation-store.js';
import { ReplySchema, type Reply } from '../../src/core/reply/reply.js';
import { NOW } from './ask-catalog.js';
import { memoryFeedbackStore } from './memory-feedback-store.js';

/** Asks the questions in order in one conversation, through the chat entry every adapter uses; returns the last reply. */
export async function askConversation(catalog: CatalogSnapshot, questions: string | readonly string[]): Promise<Reply> {
  const ctx = { catalog, now: NOW, moderation: null, conversations: createMemoryConversationStore(), feedback: memoryFeedbackStore() };
  let reply: Reply | undefined;
  for (const text of typeof questions === 'string' ? [questions] : questions) {
    const { reply: answer } = await handleChatMessage({ text, actor: { platform: 'terminal', id: 'member', name: 'member' }, isModerator: false, conversation: 'table' }, ctx);
    reply = ReplySchema.parse(answer);
  }
  if (!reply) throw new Error('no question asked');
  return reply;
}
