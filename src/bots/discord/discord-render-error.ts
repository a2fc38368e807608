/** A rendered payload broke one of Discord's limits: a renderer bug, caught before Discord refuses it. */
export class DiscordRenderError extends Error {
  readonly code = 'DISCORD_RENDER_INVALID';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DiscordRenderError';
  }
}
