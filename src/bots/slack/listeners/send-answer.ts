import type { RespondFn } from '@slack/bolt';
import type { Reply } from '../../../core/reply/reply.js';
import { renderSlack } from '../render/render-slack.js';
import type { SlackBlock } from '../render/slack-block-schema.js';
import { SLACK_LIMITS as L } from '../render/slack-limits.js';
import type { SlackBotContext } from '../slack-bot-context.js';

export const SHARE_ACTION = 'share_answer';

/**
 * Where an answer goes. `respond`: the response_url of a slash command or a click; only the asker
 * sees it unless `toChannel`, and `share` (the question) adds a "Share in channel" button.
 * `post`: a message in a channel or DM, in `threadTs` when given (ephemeral replies to `user` only).
 */
export type AnswerTarget =
  | { via: 'respond'; respond: RespondFn; toChannel: boolean; share?: string }
  | { via: 'post'; channel: string; user: string; threadTs?: string };

/** The button carries the question (Slack allows 2,000 characters in a value); a longer one gets none. */
function shareButton(question: string): SlackBlock[] {
  if (question.trim() === '' || question.length > L.buttonValue) return [];
  return [{ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Share in channel' }, action_id: SHARE_ACTION, value: question }] }];
}

/**
 * The one place a Slack answer is sent: every Reply a user gets (answers, refusals, moderation
 * results) is rendered here, in its own event-loop turn, and posted to its target. Chart images
 * or feedback buttons added later belong here.
 */
export async function sendAnswer(ctx: SlackBotContext, target: AnswerTarget, reply: Reply): Promise<void> {
  const { text, blocks } = await ctx.inTurn(() => renderSlack(reply));
  if (target.via === 'respond') {
    const toChannel = target.toChannel && !reply.ephemeral;
    const share = !toChannel && !reply.ephemeral && target.share !== undefined ? shareButton(target.share) : [];
    const fits = blocks.length + share.length <= L.blocksPerMessage;
    await target.respond({ response_type: toChannel ? 'in_channel' : 'ephemeral', replace_original: false, text, blocks: fits ? [...blocks, ...share] : blocks });
    return;
  }
  const thread = target.threadTs ? { thread_ts: target.threadTs } : {};
  if (reply.ephemeral) await ctx.client.chat.postEphemeral({ channel: target.channel, user: target.user, text, blocks, ...thread });
  else await ctx.client.chat.postMessage({ channel: target.channel, text, blocks, unfurl_links: false, ...thread });
}
