/** A figure that could not be drawn (its own module: throwing it needs no chart renderer loaded). */
export class ChartRenderError extends Error {
  readonly code = 'CHART_RENDER_FAILED';
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'ChartRenderError';
  }
}
