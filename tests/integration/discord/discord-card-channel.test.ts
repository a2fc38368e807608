import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordCardChannel } from '../../../src/bots/discord/create-discord-card-channel.js';
import type { CardChannel } from '../../../src/bots/desk/card-channel.js';
import type { Reply } from '../../../src/core/reply/reply.js';
import { CardChannelError } from '../../../src/errors.js';
import { startFakeDiscordApi, type FakeDiscordApi } from '../../helpers/fake-discord-api.js';
import { IDS } from './discord-payloads.js';

// The Discord card channel on its own, against the recording REST stand-in: what the publisher
// is told when Discord refuses (its retry and re-post decisions rest on it) and what the digest shows.
let fake: FakeDiscordApi;
let channel: CardChannel;
beforeEach(async () => {
  fake = await startFakeDiscordApi();
  channel = createDiscordCardChannel({ token: 'fake-bot-token-0000000000', channelId: IDS.channel, api: fake.api });
});
afterEach(async () => {
  await fake.close();
});

const card: Reply = {
  intent: 'draft-card', text: 'Draft 7: Harbour Accord', agreements: [], norms: [], ephemeral: false,
  blocks: [{ type: 'heading', text: 'Draft 7: Harbour Accord' }, { type: 'actions', actions: [{ id: 'approve', label: 'Approve', value: '7', style: 'primary' }] }],
};
const subject = { kind: 'draft' as const, id: 7 };
const placed = { subject, platform: 'discord' as const, channelId: IDS.channel, messageId: '200000000000000042', threadId: null, postedAt: '2026-12-01T08:00:00.000Z', stamp: 's1' };

async function refusal(run: () => Promise<unknown>): Promise<CardChannelError> {
  const error = await run().then(() => null, (e: unknown) => e);
  if (!(error instanceof CardChannelError)) throw new Error(`expected a CardChannelError, got ${String(error)}`);
  return error;
}

describe('the Discord card channel', () => {
  it('names the card and the refusal when Discord refuses a post for good, and does not ask for a retry', async () => {
    fake.failNext('POST', /\/messages$/, 403, { message: 'Missing Access', code: 50001 });
    const error = await refusal(() => channel.post(subject, card));
    expect(error.message).toBe('posting the card of draft 7: HTTP 403 (50001)');
    expect(error.detail).toEqual({ retryable: false, gone: false });
  });

  it('asks for a retry when Discord fails on its side', async () => {
    fake.failNext('POST', /\/messages$/, 500, { message: 'Internal Server Error', code: 0 });
    const error = await refusal(() => channel.post(subject, card));
    expect(error.message).toBe('posting the card of draft 7: HTTP 500');
    expect(error.detail.retryable).toBe(true);
  });

  it('says a card whose message was deleted is gone, naming the update', async () => {
    fake.failNext('PATCH', /\/messages\/\d+$/, 404, { message: 'Unknown Message', code: 10008 });
    const error = await refusal(() => channel.update(placed, card));
    expect(error.message).toBe('updating the card of draft 7: HTTP 404 (10008)');
    expect(error.detail).toEqual({ retryable: false, gone: true });
  });

  it('names the thread a note could not be written in', async () => {
    fake.failNext('POST', /\/messages$/, 403, { message: 'Missing Permissions', code: 50013 });
    const error = await refusal(() => channel.note({ ...placed, threadId: '200000000000000043' }, 'Draft 7 approved by Anna'));
    expect(error.message).toBe('writing in the thread of draft 7: HTTP 403 (50013)');
  });

  it('opens a thread named after the card, kept open for a week', async () => {
    const where = await channel.post(subject, card);
    const thread = fake.calls.find((c) => c.path.endsWith('/threads'))!;
    expect(thread.body).toEqual({ name: 'Draft 7: Harbour Accord', auto_archive_duration: 10_080 });
    expect(where.threadId).toBe(where.messageId);
  });

  it('posts the digest without buttons, each page in the moderators channel', async () => {
    await channel.announce(card);
    const posts = fake.calls.filter((c) => c.method === 'POST' && c.path === `/api/v10/channels/${IDS.channel}/messages`);
    expect(posts.map((p) => p.body.components)).toEqual([[]]);
    expect(JSON.stringify(posts[0]!.body)).toContain('Harbour Accord');
  });

  it('says it was the digest that could not be posted', async () => {
    fake.failNext('POST', /\/messages$/, 403, { message: 'Missing Access', code: 50001 });
    const error = await refusal(() => channel.announce(card));
    expect(error.message).toBe('posting the digest: HTTP 403 (50001)');
  });
});
