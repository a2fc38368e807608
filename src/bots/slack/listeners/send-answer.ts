import type { RespondFn } from '@slack/bolt';
import type { ReplyFile } from '../../desk/create-reply-files.js';
import type { Reply } from '../../../core/reply/reply.js';
import { describeError } from '../../../errors.js';
import { renderSlack } from '../render/render-slack.js';
import type { SlackBlock } from '../render/slack-block-schema.js';
import { SLACK_LIMITS as L } from '../render/slack-limits.js';
import type { SlackBotContext } from '../slack-bot-context.js';

export const SHARE_ACTION = 'share_answer';

/**
 * Where an answer goes. `respond`: the response_url of a slash command or a click, in `channel`;
 * only the asker (`user`) sees it unless `toChannel`, and `share` (the question) adds a "Share in
 * channel" button. `post`: a message in a channel or DM, in `threadTs` when given (ephemeral
 * replies to `user` only).
 */
export type AnswerTarget =
  | { via: 'respond'; respond: RespondFn; channel: string; user: string; toChannel: boolean; share?: string }
  | { via: 'post'; channel: string; user: string; threadTs?: string };

/** The button carries the question (Slack allows 2,000 characters in a value); a longer one gets none. */
function shareButton(question: string): SlackBlock[] {
  if (question.trim() === '' || question.length > L.buttonValue) return [];
  return [{ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Share in channel' }, action_id: SHARE_ACTION, value: question }] }];
}

/**
 * The one place a Slack answer is sent: every Reply a user gets (answers, refusals, moderation
 * results) is rendered here, in its own event-loop turn, and posted to its target; then its files
 * (chart, export) are made and uploaded beside it.
 */
export async function sendAnswer(ctx: SlackBotContext, target: AnswerTarget, reply: Reply): Promise<void> {
  const { text, blocks } = await ctx.inTurn(() => renderSlack(reply));
  if (target.via === 'respond') {
    const toChannel = target.toChannel && !reply.ephemeral;
    const share = !toChannel && !reply.ephemeral && target.share !== undefined ? shareButton(target.share) : [];
    const fits = blocks.length + share.length <= L.blocksPerMessage;
    await target.respond({ response_type: toChannel ? 'in_channel' : 'ephemeral', replace_original: false, text, blocks: fits ? [...blocks, ...share] : blocks });
  } else {
    const thread = target.threadTs ? { thread_ts: target.threadTs } : {};
    if (reply.ephemeral) await ctx.client.chat.postEphemeral({ channel: target.channel, user: target.user, text, blocks, ...thread });
    else await ctx.client.chat.postMessage({ channel: target.channel, text, blocks, unfurl_links: false, ...thread });
  }
  await uploadFiles(ctx, target, reply);
}

/**
 * Files go where the answer went; an answer only the asker sees cannot carry a file in Slack, so
 * its files go to the asker's direct messages. A failed upload is logged: the answer's text stands.
 */
async function uploadFiles(ctx: SlackBotContext, target: AnswerTarget, reply: Reply): Promise<void> {
  let files: ReplyFile[] = [];
  try {
    // after the acks, but not in the turn queue: a chart is drawn in its worker process and the next answers need not
    // wait for it (a moderator's export, rare, is written here on this thread)
    await ctx.afterAcks();
    files = await ctx.answers.files(reply);
    if (files.length === 0) return;
    const visible = !reply.ephemeral && (target.via === 'post' || target.toChannel);
    const where = visible
      ? { channel_id: target.channel, ...(target.via === 'post' && target.threadTs ? { thread_ts: target.threadTs } : {}) }
      : { channel_id: await directMessageChannel(ctx, target.user), initial_comment: `The ${files.length === 1 ? 'file' : 'files'} for the answer you asked for in <#${target.channel}>.` };
    const file_uploads = files.map((f) => ({ file: f.bytes, filename: f.filename, title: f.title, ...(f.mime.startsWith('image/') ? { alt_text: f.alt.slice(0, 1_000) } : {}) }));
    await ctx.client.files.uploadV2({ ...where, file_uploads });
    ctx.logger.info({ files: files.map((f) => f.filename), visible }, 'answer files uploaded');
  } catch (error) {
    ctx.logger.warn({ ...describeError(error), files: files.map((f) => f.filename) }, 'answer files not uploaded');
  }
}

async function directMessageChannel(ctx: SlackBotContext, user: string): Promise<string> {
  const opened = await ctx.client.conversations.open({ users: user });
  const id = opened.channel?.id;
  if (!id) throw new Error(`conversations.open gave no channel for ${user}`);
  return id;
}
