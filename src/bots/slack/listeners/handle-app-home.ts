import { describeError } from '../../../errors.js';
import { renderSlack } from '../render/render-slack.js';
import { SLACK_LIMITS } from '../render/slack-limits.js';
import type { SlackBotContext } from '../slack-bot-context.js';
import { buildHomeReply } from './build-home-reply.js';

/** The App Home: how to ask and example questions for everyone, the queues for moderators. */
export async function handleAppHome(ctx: SlackBotContext, event: { user: string; tab?: string }): Promise<void> {
  if (event.tab && event.tab !== 'home') return;
  const log = ctx.logger.child({ userId: event.user });
  try {
    const isModerator = await ctx.isModerator(event.user);
    const pending = isModerator ? await ctx.moderation.listDrafts({ status: 'pending' }) : [];
    const unsorted = isModerator ? await ctx.moderation.listUnsorted({ status: 'open' }) : [];
    const reply = buildHomeReply({ catalog: await ctx.loadCatalog(), isModerator, pending, unsorted, now: ctx.now() });
    const { blocks } = renderSlack(reply, { maxBlocks: SLACK_LIMITS.blocksPerView });
    await ctx.client.views.publish({ user_id: event.user, view: { type: 'home', blocks: blocks as never } });
    log.info({ isModerator, pending: pending.length }, 'home published');
  } catch (error) {
    log.error(describeError(error), 'home not published');
  }
}
