import { describeError } from '../describe-error.js';
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { slackActor } from './slack-actor.js';
import { answerInSlack } from './answer-in-slack.js';
import { markEventHandled } from './mark-event-handled.js';
import type { SlackBotContext } from './slack-bot-context.js';

export const NORMS_COMMAND = '/norms';

const FAILED = 'Sorry, that question could not be answered just now; please try again in a minute.';

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

/** Members ask with /norms, a mention, or a direct message; answers go to the asker's thread. */
export function registerQuestionListeners(app: App, ctx: SlackBotContext): void {
  app.command(NORMS_COMMAND, async ({ command, ack, respond }) => {
    await ack();
    const log = ctx.logger.child({ command: NORMS_COMMAND, userId: command.user_id, channelId: command.channel_id });
    try {
      const out = await answerInSlack(ctx, command.text, slackActor({ id: command.user_id, name: command.user_name }));
      await respond({ response_type: out.ephemeral ? 'ephemeral' : 'in_channel', text: out.text, blocks: out.blocks });
      log.info('question answered');
    } catch (error) {
      log.error(describeError(error), 'question failed');
      await respond({ response_type: 'ephemeral', text: FAILED }).catch(() => undefined);
    }
  });

  const answerEvent = async (eventId: string | undefined, event: MessageEvent, text: string) => {
    const log = ctx.logger.child({ eventId, userId: event.user, channelId: event.channel });
    // Slack redelivers unacknowledged events with the same event_id: answer once
    if (eventId && !(await markEventHandled(ctx.db, eventId, ctx.now()))) {
      log.info('retried event ignored');
      return;
    }
    const thread_ts = event.thread_ts ?? event.ts;
    try {
      const out = await answerInSlack(ctx, text, slackActor({ id: event.user }));
      if (out.ephemeral) await ctx.client.chat.postEphemeral({ channel: event.channel, user: event.user, thread_ts, text: out.text, blocks: out.blocks });
      else await ctx.client.chat.postMessage({ channel: event.channel, thread_ts, text: out.text, blocks: out.blocks, unfurl_links: false });
      log.info('question answered');
    } catch (error) {
      log.error(describeError(error), 'question failed');
      await ctx.client.chat.postMessage({ channel: event.channel, thread_ts, text: FAILED }).catch(() => undefined);
    }
  };

  const eventId = (body: unknown) => (body as { event_id?: unknown }).event_id;

  app.event('app_mention', async ({ event, body }) => {
    const parsed = MessageEventSchema.safeParse(event);
    if (!parsed.success) return ctx.logger.warn({ eventId: eventId(body) }, 'app_mention without user or text ignored');
    const me = ctx.botUserId();
    const text = parsed.data.text.replace(me ? new RegExp(`<@${me}(\\|[^>]*)?>`, 'g') : /^<@[A-Z0-9]+(\|[^>]*)?>/, '').trim();
    await answerEvent(String(eventId(body) ?? ''), parsed.data, text);
  });

  app.event('message', async ({ event, body }) => {
    const parsed = MessageEventSchema.safeParse(event);
    // only plain messages people write to the bot directly; edits, joins and bots are not questions
    if (!parsed.success || parsed.data.channel_type !== 'im' || parsed.data.subtype || parsed.data.bot_id) return;
    await answerEvent(String(eventId(body) ?? ''), parsed.data, parsed.data.text.trim());
  });
}
