import path from 'node:path';
import { z } from 'zod';
import { parseDiscordConfig, type DiscordConfig } from './bots/discord/discord-config.js';
import { readSlackConfig, type SlackConfig } from './bots/slack/slack-config.js';
import { BPF_CONTRIBUTION_ADDRESS } from './core/questions/contribution-address.js';
import { ConfigError } from './errors.js';
import { packageRoot } from './store/package-root.js';

export { ConfigError } from './errors.js';

const port = (name: string) => z.coerce.number({ error: `${name} must be a port number` }).int().min(1, `${name} must be 1-65535`).max(65535, `${name} must be 1-65535`);
const bool = (name: string) =>
  z.enum(['true', 'false', '1', '0', 'yes', 'no'], { error: `${name} must be true or false` }).transform((v) => ['true', '1', 'yes'].includes(v));

const count = (name: string, min: number) => z.coerce.number({ error: `${name} must be a whole number` }).int(`${name} must be a whole number`).min(min, `${name} must be at least ${min}`);

/** How long a statement waits for another process's write lock (the CLI reads it too). */
const BusyTimeoutSchema = z.object({ NORMBOT_BUSY_TIMEOUT_MS: count('NORMBOT_BUSY_TIMEOUT_MS', 0).default(5_000) });

/** The busy timeout for the CLI, which reads no other configuration; a bad value is a ConfigError. */
export function readBusyTimeoutMs(env: Record<string, string | undefined>): number {
  const value = env.NORMBOT_BUSY_TIMEOUT_MS?.trim();
  const parsed = BusyTimeoutSchema.safeParse(value ? { NORMBOT_BUSY_TIMEOUT_MS: value } : {});
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => i.message));
  return parsed.data.NORMBOT_BUSY_TIMEOUT_MS;
}

/**
 * Who gets an acknowledgement: the authserv-id (RFC 8601 §2.5) of the receiving server whose
 * Authentication-Results are believed, and limits that keep the bot from being used to send mail.
 */
const AckSchema = z.object({
  MAIL_AUTHSERV_ID: z
    .string()
    .regex(/^[^\s;()"\\]+$/, 'MAIL_AUTHSERV_ID must be the authserv-id your receiving mail server writes first in Authentication-Results (e.g. mx.example.org), without spaces or ";"')
    .optional(),
  ACK_MAX_PER_SENDER_PER_DAY: count('ACK_MAX_PER_SENDER_PER_DAY', 0).default(1),
  ACK_MAX_PER_HOUR: count('ACK_MAX_PER_HOUR', 0).default(30),
});

const toAcknowledgements = (a: z.infer<typeof AckSchema>): AcknowledgementConfig => ({
  authservId: a.MAIL_AUTHSERV_ID ?? null,
  maxPerSenderPerDay: a.ACK_MAX_PER_SENDER_PER_DAY,
  maxPerHour: a.ACK_MAX_PER_HOUR,
});

/** The acknowledgement rules for `normbot ingest`, which reads no other configuration; a bad value is a ConfigError. */
export function readAcknowledgementConfig(env: Record<string, string | undefined>): AcknowledgementConfig {
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = AckSchema.safeParse(set);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => i.message));
  return toAcknowledgements(parsed.data);
}

/** Where answers tell members to propose a missing agreement: the BPF call's address unless set. */
const ContributionAddressSchema = z
  .email({ error: 'NORMBOT_CONTRIBUTION_ADDRESS must be an e-mail address, e.g. bpf-cybersecurity-contribution@intgovforum.org' })
  .default(BPF_CONTRIBUTION_ADDRESS);

const CoreSchema = BusyTimeoutSchema.extend({
  NORMBOT_DB: z.string().optional(),
  NORMBOT_CONTRIBUTION_ADDRESS: ContributionAddressSchema,
  NORMBOT_DATA_DIR: z.string().optional(),
  NORMBOT_INBOX_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
  }).default('info'),
});

/** Mail in: all of host, user and password, or none (then data/inbox is watched instead). */
const ImapSchema = z.object({
  IMAP_HOST: z.string({ error: 'IMAP_HOST is missing: the IMAP server name' }),
  IMAP_PORT: port('IMAP_PORT').default(993),
  IMAP_USER: z.string({ error: 'IMAP_USER is missing: the mailbox login' }),
  IMAP_PASSWORD: z.string({ error: 'IMAP_PASSWORD is missing: the mailbox password' }),
  IMAP_SECURE: bool('IMAP_SECURE').default(true),
  IMAP_MAILBOX: z.string().default('INBOX'),
  IMAP_PROCESSED_MAILBOX: z.string().optional(),
  /** where a message given up on goes (created if missing) */
  IMAP_FAILED_MAILBOX: z.string().default('Failed'),
});

/** Mail out: host and sender address, or none (then replies wait in the outbox). */
const SmtpSchema = z
  .object({
    SMTP_HOST: z.string({ error: 'SMTP_HOST is missing: the SMTP server name' }),
    SMTP_PORT: port('SMTP_PORT').default(587),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    SMTP_SECURE: bool('SMTP_SECURE').default(false),
    SMTP_FROM: z.email({ error: 'SMTP_FROM must be the address replies come from, e.g. normbot@example.org' }),
  })
  .refine((s) => Boolean(s.SMTP_USER) === Boolean(s.SMTP_PASSWORD), {
    path: ['SMTP_PASSWORD'],
    error: 'set SMTP_USER and SMTP_PASSWORD together, or neither for a server without login',
  });

export interface ImapConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  mailbox: string;
  processedMailbox: string | null;
  /** messages given up on are moved here, created if missing (IMAP_FAILED_MAILBOX; absent: "Failed") */
  failedMailbox?: string;
}

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  auth: { user: string; pass: string } | null;
  from: string;
}

export interface AcknowledgementConfig {
  /** null: no Authentication-Results are read and From alone decides (the local inbox folder) */
  authservId: string | null;
  maxPerSenderPerDay: number;
  maxPerHour: number;
}

export interface Config {
  dbPath: string;
  busyTimeoutMs: number;
  acknowledgements: AcknowledgementConfig;
  dataDir: string;
  inboxDir: string;
  logLevel: z.infer<typeof CoreSchema>['LOG_LEVEL'];
  /** the address answers give for proposing an agreement */
  contributionAddress: string;
  /** null when no IMAP_* variable is set */
  imap: ImapConfig | null;
  smtp: SmtpConfig | null;
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
}

/**
 * Parses the environment once, at start-up. Every optional group (IMAP, SMTP, Slack, Discord) is
 * all-or-nothing: setting any of its variables turns it on and its required ones must follow.
 * Default paths are inside the package; paths given in the environment are relative to `cwd`.
 */
export function loadConfig(env: Record<string, string | undefined>, opts: { root?: string; cwd?: string } = {}): Config {
  // `VAR=` in an env file means unset, not an empty host name.
  const e = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== '')) as Record<string, string>;
  const problems: string[] = [];
  const parse = <T>(schema: z.ZodType<T>, value: unknown): T | null => {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    problems.push(...r.error.issues.map((i) => (i.message.includes(String(i.path[0] ?? '#')) ? i.message : `${i.path.join('.')}: ${i.message}`)));
    return null;
  };
  const group = (prefix: string) => Object.keys(e).some((k) => k.startsWith(prefix));
  const core = parse(CoreSchema, e);
  const ack = parse(AckSchema, e);
  const imap = group('IMAP_') ? parse(ImapSchema, e) : null;
  const smtp = group('SMTP_') ? parse(SmtpSchema, e) : null;
  const slack = group('SLACK_') ? readSlackConfig(e) : null;
  const discord = group('DISCORD_') ? parseDiscordConfig(e) : null;
  if (slack && !slack.ok) problems.push(slack.message);
  if (discord && !discord.ok) problems.push(discord.message);
  if (problems.length > 0 || !core || !ack) throw new ConfigError(problems);
  const root = opts.root ?? packageRoot();
  const cwd = opts.cwd ?? process.cwd();
  const where = (value: string | undefined, fallback: string) => (value ? path.resolve(cwd, value) : path.join(root, fallback));
  return {
    dbPath: where(core.NORMBOT_DB, 'data/normbot.sqlite'),
    dataDir: where(core.NORMBOT_DATA_DIR, 'data'),
    inboxDir: where(core.NORMBOT_INBOX_DIR, 'data/inbox'),
    logLevel: core.LOG_LEVEL,
    busyTimeoutMs: core.NORMBOT_BUSY_TIMEOUT_MS,
    acknowledgements: toAcknowledgements(ack),
    contributionAddress: core.NORMBOT_CONTRIBUTION_ADDRESS,
    imap: imap && {
      host: imap.IMAP_HOST,
      port: imap.IMAP_PORT,
      secure: imap.IMAP_SECURE,
      user: imap.IMAP_USER,
      password: imap.IMAP_PASSWORD,
      mailbox: imap.IMAP_MAILBOX,
      processedMailbox: imap.IMAP_PROCESSED_MAILBOX ?? null,
      failedMailbox: imap.IMAP_FAILED_MAILBOX,
    },
    smtp: smtp && {
      host: smtp.SMTP_HOST,
      port: smtp.SMTP_PORT,
      secure: smtp.SMTP_SECURE,
      auth: smtp.SMTP_USER && smtp.SMTP_PASSWORD ? { user: smtp.SMTP_USER, pass: smtp.SMTP_PASSWORD } : null,
      from: smtp.SMTP_FROM,
    },
    slack: slack?.ok ? slack.config : null,
    discord: discord?.ok ? discord.config : null,
  };
}

/** The contribution address for CLI commands, which read the environment without the bot's whole config. */
export function readContributionAddress(env: Record<string, string | undefined>): string {
  const value = env.NORMBOT_CONTRIBUTION_ADDRESS?.trim() || undefined;
  const r = ContributionAddressSchema.safeParse(value);
  if (!r.success) throw new ConfigError(r.error.issues.map((i) => i.message));
  return r.data;
}

/** For the composition root: the config, or the problems on stderr and exit code 1. */
export function loadConfigOrExit(env: Record<string, string | undefined>, io: { stderr: (t: string) => void; exit: (code: number) => never }): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`${error.message}\n`);
    return io.exit(1);
  }
}
