import type { App } from '@slack/bolt';
import { z } from 'zod';
import { describeError } from '../../../errors.js';
import { MERGE_SEARCH_ACTION } from '../modals/form-ids.js';
import { slackActor } from '../slack-actor.js';
import type { SlackBotContext } from '../slack-bot-context.js';
import { handleAppHome } from './handle-app-home.js';
import { handleCardAction } from './handle-card-action.js';
import { handleFormSubmission, type FormAck } from './handle-form-submission.js';
import { handleMergeSearch } from './handle-merge-search.js';
import { handleQuestion } from './handle-question.js';

export const NORMS_COMMAND = '/norms';

const MessageEventSchema = z.object({
  user: z.string(),
  text: z.string().default(''),
  channel: z.string(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  channel_type: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
});
type MessageEvent = z.infer<typeof MessageEventSchema>;

/**
 * Every Slack listener, acknowledged first (Bolt acks events itself), its work started only once
 * every ack Slack is waiting for is sent (ctx.afterAcks): /norms (answers only the asker, with "Share in
 * channel"), mentions (answered in the thread), direct messages (answered in the DM), card buttons,
 * modal submissions, the merge target's options, the App Home.
 */
export function registerListeners(app: App, ctx: SlackBotContext): void {
  app.command(NORMS_COMMAND, async ({ command, ack, respond }) => {
    await ack();
    await ctx.afterAcks();
    const log = ctx.logger.child({ command: NORMS_COMMAND, userId: command.user_id, channelId: command.channel_id });
    await handleQuestion(ctx, { text: command.text, actor: slackActor({ id: command.user_id, name: command.user_name }), target: { via: 'respond', respond, channel: command.channel_id, user: command.user_id, toChannel: false, share: command.text }, log });
  });

  const eventId = (body: unknown) => String((body as { event_id?: unknown }).event_id ?? '');
  const answerEvent = async (id: string, event: MessageEvent, text: string, threadTs: string | undefined) => {
    await ctx.afterAcks();
    const log = ctx.logger.child({ eventId: id, userId: event.user, channelId: event.channel });
    // Slack redelivers unacknowledged events with the same event_id: answer once
    if (id && !(await ctx.handledEvents.firstTime('slack', id, ctx.now()))) return log.info('retried event ignored');
    await handleQuestion(ctx, { text, actor: slackActor({ id: event.user }), target: { via: 'post', channel: event.channel, user: event.user, ...(threadTs ? { threadTs } : {}) }, log });
  };

  app.event('app_mention', async ({ event, body }) => {
    const parsed = MessageEventSchema.safeParse(event);
    if (!parsed.success) return void ctx.logger.warn({ eventId: eventId(body) }, 'app_mention without user or text ignored');
    const me = ctx.botUserId();
    const text = parsed.data.text.replace(me ? new RegExp(`<@${me}(\\|[^>]*)?>`, 'g') : /^<@[A-Z0-9]+(\|[^>]*)?>/, '').trim();
    // in a channel, the answer goes under the question so the channel stays readable
    await answerEvent(eventId(body), parsed.data, text, parsed.data.thread_ts ?? parsed.data.ts);
  });

  app.event('message', async ({ event, body }) => {
    const parsed = MessageEventSchema.safeParse(event);
    // only plain messages people write to the bot directly; edits, joins and bots are not questions
    if (!parsed.success || parsed.data.channel_type !== 'im' || parsed.data.subtype || parsed.data.bot_id) return;
    // a DM is a conversation: answered in the DM itself, in a thread only when asked in one
    await answerEvent(eventId(body), parsed.data, parsed.data.text.trim(), parsed.data.thread_ts);
  });

  app.action(/.*/, async ({ ack, body, respond }) => {
    await ack();
    await ctx.afterAcks();
    await handleCardAction(ctx, body, respond);
  });
  app.view(/.*/, async ({ ack, body }) => handleFormSubmission(ctx, ack as FormAck, body));
  app.options({ action_id: MERGE_SEARCH_ACTION }, async ({ ack, body }) => {
    const options = await handleMergeSearch(ctx, body).catch((error: unknown) => (ctx.logger.error(describeError(error), 'merge search failed'), []));
    await ack({ options } as never);
  });
  app.event('app_home_opened', async ({ event }) => {
    await ctx.afterAcks();
    await handleAppHome(ctx, event);
  });
  app.error(async (error) => {
    ctx.logger.error(describeError(error), 'unhandled Slack error');
  });
}
