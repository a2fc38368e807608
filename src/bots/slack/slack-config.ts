import { z } from 'zod';

const list = z
  .string()
  .optional()
  .transform((s) => (s ?? '').split(',').map((x) => x.trim()).filter((x) => x.length > 0));

/**
 * Slack settings from the environment. Socket Mode needs SLACK_APP_TOKEN (xapp-…) and no public
 * URL; the HTTP receiver needs SLACK_SIGNING_SECRET and a port Slack can reach.
 */
export const SlackConfigSchema = z
  .object({
    SLACK_MODE: z.enum(['socket', 'http']).default('socket'),
    SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', 'SLACK_BOT_TOKEN must be a bot token (xoxb-…)'),
    SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'SLACK_APP_TOKEN must be an app-level token (xapp-…)').optional(),
    SLACK_SIGNING_SECRET: z.string().min(1).optional(),
    SLACK_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    SLACK_HOST: z.string().default('0.0.0.0'),
    /** the channel draft cards and the digest go to */
    SLACK_MODERATORS_CHANNEL: z.string().min(1, 'SLACK_MODERATORS_CHANNEL: the channel id where draft cards are posted'),
    /** user group id (S…) whose members moderate */
    SLACK_MODERATOR_GROUP: z.string().optional(),
    /** comma-separated user ids (U…) who moderate */
    SLACK_MODERATOR_USERS: list,
    /** hour (UTC) of the daily digest of pending drafts */
    SLACK_DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(8),
    /** Web API base URL; only for tests and proxies */
    SLACK_API_URL: z.url({ error: 'SLACK_API_URL must be a URL ending in /api/' }).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.SLACK_MODE === 'socket' && !c.SLACK_APP_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_APP_TOKEN'], message: 'SLACK_MODE=socket needs SLACK_APP_TOKEN (an xapp- token with connections:write)' });
    }
    if (c.SLACK_MODE === 'http' && !c.SLACK_SIGNING_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'SLACK_MODE=http needs SLACK_SIGNING_SECRET (Basic Information page of the app)' });
    }
    if (!c.SLACK_MODERATOR_GROUP && c.SLACK_MODERATOR_USERS.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_MODERATOR_GROUP'], message: 'set SLACK_MODERATOR_GROUP or SLACK_MODERATOR_USERS, or nobody can moderate in Slack' });
    }
  });

export interface SlackConfig {
  mode: 'socket' | 'http';
  botToken: string;
  appToken?: string;
  signingSecret?: string;
  port: number;
  host: string;
  moderatorsChannel: string;
  moderatorGroup?: string;
  moderatorUsers: string[];
  digestHourUtc: number;
  apiUrl?: string;
}

export type SlackConfigResult = { ok: true; config: SlackConfig } | { ok: false; message: string };

/** Reads the Slack settings; a readable message (not a throw) when they are incomplete. */
export function readSlackConfig(env: Record<string, string | undefined>): SlackConfigResult {
  const parsed = SlackConfigSchema.safeParse(env);
  if (!parsed.success) {
    return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join('.') || 'Slack'}: ${i.message}`).join('; ') };
  }
  const c = parsed.data;
  return {
    ok: true,
    config: {
      mode: c.SLACK_MODE,
      botToken: c.SLACK_BOT_TOKEN,
      ...(c.SLACK_APP_TOKEN ? { appToken: c.SLACK_APP_TOKEN } : {}),
      ...(c.SLACK_SIGNING_SECRET ? { signingSecret: c.SLACK_SIGNING_SECRET } : {}),
      port: c.SLACK_PORT,
      host: c.SLACK_HOST,
      moderatorsChannel: c.SLACK_MODERATORS_CHANNEL,
      ...(c.SLACK_MODERATOR_GROUP ? { moderatorGroup: c.SLACK_MODERATOR_GROUP } : {}),
      moderatorUsers: c.SLACK_MODERATOR_USERS,
      digestHourUtc: c.SLACK_DIGEST_HOUR_UTC,
      ...(c.SLACK_API_URL ? { apiUrl: c.SLACK_API_URL } : {}),
    },
  };
}
