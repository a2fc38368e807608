import { DiscordAPIError, HTTPError, RateLimitError, REST, Routes, type RESTPostAPIChannelMessageResult, type RESTPostAPIChannelThreadsResult } from 'discord.js';
import { CardChannelError } from '../../errors.js';
import type { CardChannel } from '../desk/card-channel.js';
import { DISCORD_LIMITS, DISCORD_PACE } from './render/discord-limits.js';
import { escapeDiscordText } from './render/escape-discord-text.js';
import { renderDiscord } from './render/render-discord.js';
import { splitText, truncateText } from './render/split-text.js';
import { toRestMessage } from './render/to-rest-message.js';

/** Discord's JSON error code for a message that no longer exists (https://discord.com/developers/docs/topics/opcodes-and-status-codes#json). */
const UNKNOWN_MESSAGE = 10008;
const REQUEST_TIMEOUT_MS = 4_000;
/** a week: the thread stays open while the draft is discussed */
const THREAD_ARCHIVE_MINUTES = 10_080;

function asChannelError(error: unknown, what: string): CardChannelError {
  if (error instanceof RateLimitError) return new CardChannelError(`${what}: rate limited`, { retryable: true, retryAfterMs: error.retryAfter }, { cause: error });
  if (error instanceof DiscordAPIError) {
    return new CardChannelError(`${what}: HTTP ${error.status} (${error.code})`, { retryable: error.status >= 500, gone: error.code === UNKNOWN_MESSAGE }, { cause: error });
  }
  if (error instanceof HTTPError) return new CardChannelError(`${what}: HTTP ${error.status}`, { retryable: error.status >= 500 }, { cause: error });
  // timeouts (AbortError) and network errors
  return new CardChannelError(`${what}: ${(error as Error).message}`, { retryable: true }, { cause: error });
}

async function call<T>(what: string, fn: () => Promise<unknown>): Promise<T> {
  try {
    return (await fn()) as T;
  } catch (error) {
    throw asChannelError(error, what);
  }
}

/**
 * The Discord side of the moderation desk: each card in the moderators' channel opens a thread,
 * where moderators discuss it and its decisions are written. Its own REST client neither retries
 * nor waits out rate limits: the publisher's budget and pacer decide.
 */
export function createDiscordCardChannel(options: { token: string; channelId: string; api?: string }): CardChannel {
  const rest = new REST({ retries: 0, timeout: REQUEST_TIMEOUT_MS, rejectOnRateLimit: () => true, ...(options.api ? { api: options.api } : {}) }).setToken(options.token);
  const send = (channelId: string, body: object, what: string) => call<RESTPostAPIChannelMessageResult>(what, () => rest.post(Routes.channelMessages(channelId), { body }));
  return {
    platform: 'discord',
    pace: DISCORD_PACE,
    async post(subject, card) {
      const [page] = renderDiscord(card);
      const message = await send(options.channelId, toRestMessage(page!), `posting the card of ${subject.kind} ${subject.id}`);
      // a thread for the card's discussion; without the permission to create one, notes become replies
      const thread = await rest
        .post(Routes.threads(options.channelId, message.id), { body: { name: truncateText(card.blocks.find((b) => b.type === 'heading')?.text ?? card.intent, DISCORD_LIMITS.threadName), auto_archive_duration: THREAD_ARCHIVE_MINUTES } })
        .then((t) => (t as RESTPostAPIChannelThreadsResult).id)
        .catch(() => null);
      return { channelId: options.channelId, messageId: message.id, threadId: thread };
    },
    async update(post, card) {
      const [page] = renderDiscord(card);
      await call(`updating the card of ${post.subject.kind} ${post.subject.id}`, () => rest.patch(Routes.channelMessage(post.channelId, post.messageId), { body: toRestMessage(page!) }));
    },
    async note(post, text) {
      const content = splitText(escapeDiscordText(text), DISCORD_LIMITS.content)[0] ?? '';
      const what = `writing in the thread of ${post.subject.kind} ${post.subject.id}`;
      if (post.threadId) await send(post.threadId, { content, allowed_mentions: { parse: [] } }, what);
      else await send(post.channelId, { content, allowed_mentions: { parse: [] }, message_reference: { message_id: post.messageId, fail_if_not_exists: false } }, what);
    },
    async announce(reply) {
      for (const page of renderDiscord(reply)) await send(options.channelId, toRestMessage({ ...page, components: [] }), 'posting the digest');
    },
  };
}
