import { describeError } from '../describe-error.js';
import type { App } from '@slack/bolt';
import { buildHomeReply } from './build-home-reply.js';
import { renderSlack } from './render-slack.js';
import type { SlackBotContext } from './slack-bot-context.js';
import { SLACK_LIMITS } from './slack-limits.js';

/** The App Home: how to ask and example questions for everyone, the pending queue for moderators. */
export function registerAppHome(app: App, ctx: SlackBotContext): void {
  app.event('app_home_opened', async ({ event }) => {
    if (event.tab && event.tab !== 'home') return;
    const log = ctx.logger.child({ userId: event.user });
    try {
      const isModerator = await ctx.isModerator(event.user);
      const pending = isModerator ? await ctx.moderation.listDrafts({ status: 'pending' }) : [];
      const reply = buildHomeReply({ catalog: await ctx.loadCatalog(), isModerator, pending, now: ctx.now() });
      const { blocks } = renderSlack(reply, { maxBlocks: SLACK_LIMITS.blocksPerView });
      await ctx.client.views.publish({ user_id: event.user, view: { type: 'home', blocks: blocks as never } });
      log.info({ isModerator, pending: pending.length }, 'home published');
    } catch (error) {
      log.error(describeError(error), 'home not published');
    }
  });
}
