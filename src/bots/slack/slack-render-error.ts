/** A rendered payload broke a Slack limit: a renderer bug, caught before Slack answers invalid_blocks. */
export class SlackRenderError extends Error {
  readonly code = 'SLACK_RENDER_INVALID' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SlackRenderError';
  }
}
