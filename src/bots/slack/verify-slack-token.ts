import type { webApi } from '@slack/bolt';
import { PlatformStartError } from '../../errors.js';

/** Slack's answers to a token it will not take (https://api.slack.com/methods/auth.test#errors). */
const REFUSED = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'no_permission', 'missing_scope']);

/**
 * Asks Slack who the bot is (auth.test) before anything else, so a wrong or revoked token stops the
 * bot with a sentence naming SLACK_BOT_TOKEN instead of a stack trace at the first event.
 */
export async function verifySlackToken(client: webApi.WebClient): Promise<{ userId: string; botId: string }> {
  let res: Awaited<ReturnType<webApi.WebClient['auth']['test']>>;
  try {
    res = await client.auth.test();
  } catch (error) {
    const slackError = (error as { data?: { error?: string } }).data?.error;
    if (slackError && REFUSED.has(slackError)) {
      throw new PlatformStartError('SLACK_AUTH_FAILED', `Slack refused SLACK_BOT_TOKEN (${slackError}); copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page, or reinstall the app if it was revoked`, { cause: error });
    }
    throw new PlatformStartError('SLACK_AUTH_FAILED', `could not reach Slack to check SLACK_BOT_TOKEN (${(error as Error).message}); check the network, or SLACK_API_URL if set`, { cause: error });
  }
  return { userId: res.user_id ?? '', botId: res.bot_id ?? '' };
}
