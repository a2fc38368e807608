import type { Action, Reply } from '../reply/reply.js';
import type { FeedbackVerdict } from './feedback.js';

/** The buttons under an answer, by the verdict each records (ids are what the adapters' click handlers read). */
const ACTION_VERDICTS: Readonly<Record<string, FeedbackVerdict>> = { 'feedback-up': 'up', 'feedback-down': 'down', 'feedback-wrong': 'wrong' };

/**
 * An answer given in a conversation with 👍, 👎 and "That's wrong" under it. Each button carries
 * the answer's turn id, so a click rates that answer even after later ones; the conversation is
 * where the click happens (the adapter knows it). Replies without a turn id stay as they are.
 */
export function withFeedbackActions(reply: Reply): Reply {
  if (!reply.turnId) return reply;
  const button = (id: string, label: string): Action => ({ id, label, value: reply.turnId!, style: 'default' });
  const actions = [button('feedback-up', '\u{1F44D}'), button('feedback-down', '\u{1F44E}'), button('feedback-wrong', "That's wrong")];
  return { ...reply, blocks: [...reply.blocks, { type: 'actions', actions }] };
}

/** The verdict a feedback button records, or null for any other action id. */
export function verdictOfAction(actionId: string): FeedbackVerdict | null {
  return Object.hasOwn(ACTION_VERDICTS, actionId) ? ACTION_VERDICTS[actionId]! : null;
}
