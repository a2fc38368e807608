/**
 * Every error normbot throws on purpose has a literal `code` (bolt-js `src/errors.ts` is the model)
 * and says what to do next; unknown errors are described at the edge with describeError or
 * formatError, never dumped. The core keeps its own (it imports nothing); intake parse errors are
 * returned as warnings, not thrown.
 */

export type StoreErrorCode = 'DB_OPEN_FAILED' | 'DB_QUERY_FAILED' | 'DB_BUSY' | 'MIGRATION_FAILED' | 'SEED_INVALID' | 'NOT_FOUND' | 'CATALOG_INVALID' | 'CONFLICT';

export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'CLI_USAGE'
  | StoreErrorCode
  | 'SLACK_AUTH_FAILED'
  | 'SLACK_RENDER_INVALID'
  | 'DISCORD_LOGIN_FAILED'
  | 'DISCORD_RENDER_INVALID'
  | 'DISCORD_REGISTER_FAILED'
  | 'CARD_CHANNEL_FAILED'
  | 'CHART_RENDER_FAILED';

export class NormbotError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The environment is not valid: every problem named, with the variable to set. */
export class ConfigError extends NormbotError<'CONFIG_INVALID'> {
  constructor(readonly problems: string[]) {
    super('CONFIG_INVALID', `normbot cannot start, the environment is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSet or correct these variables in the environment and start again.`);
  }
}

/** A CLI command was called the wrong way; the message repeats its usage. */
export class UsageError extends NormbotError<'CLI_USAGE'> {
  constructor(message: string) {
    super('CLI_USAGE', message);
  }
}

export class StoreError extends NormbotError<StoreErrorCode> {
  constructor(code: StoreErrorCode, message: string, cause?: unknown) {
    super(code, message, { cause });
  }
}

/** A chat platform refused the bot at start-up: a wrong token, a missing permission. */
export class PlatformStartError extends NormbotError<'SLACK_AUTH_FAILED' | 'DISCORD_LOGIN_FAILED'> {}

/** A rendered payload broke a platform's limit: a renderer bug, caught before the platform refuses it. */
export class RenderError extends NormbotError<'SLACK_RENDER_INVALID' | 'DISCORD_RENDER_INVALID'> {}

/**
 * A card could not be posted or updated. `retryable`: the platform may accept it later (5xx, network,
 * rate limit); `retryAfterMs`: the platform said when; `gone`: the card's message no longer exists.
 */
export class CardChannelError extends NormbotError<'CARD_CHANNEL_FAILED'> {
  constructor(
    message: string,
    readonly detail: { retryable: boolean; retryAfterMs?: number; gone?: boolean },
    options?: { cause?: unknown },
  ) {
    super('CARD_CHANNEL_FAILED', message, options);
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : typeof error === 'string' ? error : 'non-Error value thrown');

/**
 * What may be logged about a failure: its message and code, never the object itself. Platform
 * errors carry the request they failed on (discord.js `requestBody`, Bolt `data`), and those hold
 * contributors' text and addresses, which must not reach the logs.
 */
export function describeError(error: unknown): { err: string; code?: string | number } {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' || typeof code === 'number' ? { err: messageOf(error), code } : { err: messageOf(error) };
}

/** One line for a person (stderr, the terminal chat): "message [CODE]", no stack trace. */
export function formatError(error: unknown): string {
  const { err, code } = describeError(error);
  return typeof code === 'string' ? `${err} [${code}]` : err;
}

/** A figure that could not be drawn (here, not beside the renderer: throwing it loads no vega). */
export class ChartRenderError extends NormbotError<'CHART_RENDER_FAILED'> {
  constructor(message: string, cause?: unknown) {
    super('CHART_RENDER_FAILED', message, { cause });
  }
}
