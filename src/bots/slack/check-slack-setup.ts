import type { webApi } from '@slack/bolt';
import { describeError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { SlackConfig } from './slack-config.js';

const slackError = (error: unknown) => (error as { data?: { error?: string } }).data?.error ?? describeError(error).err;

/**
 * At start, warnings for what would fail quietly later: the bot not being in the moderators'
 * channel (cards could not be posted) or the moderators' user group not existing (nobody could
 * moderate). Never stops the bot: a missing read scope only makes the check say so.
 */
export async function checkSlackSetup(client: webApi.WebClient, config: SlackConfig, logger: Logger): Promise<string[]> {
  const warnings: string[] = [];
  try {
    const info = await client.conversations.info({ channel: config.moderatorsChannel });
    if (info.channel?.is_member === false) warnings.push(`the bot is not a member of SLACK_MODERATORS_CHANNEL=${config.moderatorsChannel}; invite it there (/invite @normbot), or cards cannot be posted`);
  } catch (error) {
    const code = slackError(error);
    warnings.push(
      code === 'channel_not_found'
        ? `SLACK_MODERATORS_CHANNEL=${config.moderatorsChannel} was not found (or the bot cannot see it); use the channel id (C…) and invite the bot`
        : `could not check SLACK_MODERATORS_CHANNEL=${config.moderatorsChannel} (${code}); grant channels:read and groups:read to check it at start`,
    );
  }
  if (config.moderatorGroup) {
    try {
      const groups = await client.usergroups.list({ include_disabled: true });
      if (!(groups.usergroups ?? []).some((g) => g.id === config.moderatorGroup)) warnings.push(`SLACK_MODERATOR_GROUP=${config.moderatorGroup} does not exist in this workspace; nobody can moderate through it (use the group id, S…)`);
    } catch (error) {
      warnings.push(`could not check SLACK_MODERATOR_GROUP=${config.moderatorGroup} (${slackError(error)}); grant usergroups:read`);
    }
  }
  for (const warning of warnings) logger.warn(warning);
  return warnings;
}
