import type { webApi } from '@slack/bolt';
import { CardChannelError } from '../../errors.js';
import type { CardChannel } from '../desk/card-channel.js';
import { escapeSlackText } from './render/escape-slack-text.js';
import { renderSlack } from './render/render-slack.js';
import { SLACK_PACE } from './render/slack-limits.js';

/** Slack's error names that mean the card's message is gone (post it again) or that retrying cannot help. */
const GONE = new Set(['message_not_found', 'cant_update_message', 'thread_not_found']);
const TRANSIENT = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/** web-api's errors as the publisher reads them (https://slack.dev/node-slack-sdk/web-api#handle-errors). */
function asChannelError(error: unknown, what: string): CardChannelError {
  const e = error as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string } };
  if (e.code === 'slack_webapi_rate_limited_error') return new CardChannelError(`${what}: rate limited`, { retryable: true, retryAfterMs: (e.retryAfter ?? 1) * 1000 }, { cause: error });
  if (e.code === 'slack_webapi_http_error') return new CardChannelError(`${what}: HTTP ${e.statusCode}`, { retryable: (e.statusCode ?? 500) >= 500 }, { cause: error });
  if (e.code === 'slack_webapi_platform_error') {
    const name = e.data?.error ?? 'unknown';
    return new CardChannelError(`${what}: ${name}`, { retryable: TRANSIENT.has(name), gone: GONE.has(name) }, { cause: error });
  }
  // network errors, timeouts
  return new CardChannelError(`${what}: ${(error as Error).message}`, { retryable: true }, { cause: error });
}

async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw asChannelError(error, what);
  }
}

/**
 * The Slack side of the moderation desk: cards in the moderators' channel, decisions in each card's
 * thread. `client` must not retry on its own (the publisher's budget does) and must reject
 * rate-limited calls instead of sleeping on them (the publisher's pacer does).
 */
export function createSlackCardChannel(client: webApi.WebClient, moderatorsChannel: string): CardChannel {
  return {
    platform: 'slack',
    pace: SLACK_PACE,
    async post(subject, card) {
      const { text, blocks } = renderSlack(card);
      const res = await call(`posting the card of ${subject.kind} ${subject.id}`, () => client.chat.postMessage({ channel: moderatorsChannel, text, blocks, unfurl_links: false }));
      if (!res.ts) throw new CardChannelError(`Slack returned no timestamp for the card of ${subject.kind} ${subject.id}`, { retryable: false });
      // a Slack thread is the replies to the card's own message
      return { channelId: res.channel ?? moderatorsChannel, messageId: res.ts, threadId: null };
    },
    async update(post, card) {
      const { text, blocks } = renderSlack(card);
      await call(`updating the card of ${post.subject.kind} ${post.subject.id}`, () => client.chat.update({ channel: post.channelId, ts: post.messageId, text, blocks }));
    },
    async note(post, text) {
      await call(`writing in the thread of ${post.subject.kind} ${post.subject.id}`, () => client.chat.postMessage({ channel: post.channelId, thread_ts: post.messageId, text: escapeSlackText(text), unfurl_links: false }));
    },
    async announce(reply) {
      const { text, blocks } = renderSlack(reply);
      await call('posting the digest', () => client.chat.postMessage({ channel: moderatorsChannel, text, blocks, unfurl_links: false }));
    },
  };
}
