/**
 * Platform events already answered. Slack redelivers an event it thinks was not acknowledged, with
 * the same event_id (https://api.slack.com/apis/events-api#retries), so an answer is given once.
 * Implemented in src/store/handled-events.ts.
 */
export interface HandledEvents {
  /** records the event; false when it was handled before */
  firstTime(platform: string, eventId: string, now: Date): Promise<boolean>;
}
