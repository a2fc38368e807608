/** The gateway refused the bot: a wrong token, or the MessageContent intent not enabled. */
export class DiscordLoginError extends Error {
  readonly code = 'DISCORD_LOGIN_FAILED';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DiscordLoginError';
  }
}
