import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardPublisher, type CardPublisher } from '../../../src/bots/desk/create-card-publisher.js';
import { createDeskEvents } from '../../../src/core/desk/desk-event.js';
import { createModeration } from '../../../src/core/moderation/create-moderation.js';
import type { Moderation } from '../../../src/core/moderation/moderation-port.js';
import { CardChannelError } from '../../../src/errors.js';
import { createCardLedger } from '../../../src/store/card-ledger.js';
import { createModerationStore } from '../../../src/store/moderation-store.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { aFakeChannel } from '../../helpers/fake-card-channel.js';
import { alice, openModerationFixture, type ModerationFixture } from '../../helpers/moderation-fixture.js';

let fx: ModerationFixture;
let moderation: Moderation;
let slack: ReturnType<typeof aFakeChannel>;
let discord: ReturnType<typeof aFakeChannel>;
let publisher: CardPublisher;
let logs: Array<Record<string, unknown>>;
let stop: (() => void) | null;

beforeEach(async () => {
  fx = await openModerationFixture();
  logs = [];
  const events = createDeskEvents();
  moderation = createModeration({ store: createModerationStore(fx.store, fx.clock.now), now: fx.clock.now, events });
  slack = aFakeChannel('slack');
  discord = aFakeChannel('discord');
  publisher = createCardPublisher({
    channels: [slack.channel, discord.channel],
    ledger: createCardLedger(fx.store.db),
    moderation,
    loadCatalog: () => fx.store.catalog.loadSnapshot(),
    now: fx.clock.now,
    logger: pino({ level: 'debug' }, { write: (l: string) => void logs.push(JSON.parse(l) as Record<string, unknown>) }),
    retry: { tries: 3, withinMs: 10_000, delaysMs: [20, 40] },
  });
  events.subscribe((e) => publisher.handle(e));
  stop = null;
});
afterEach(async () => {
  stop?.();
  await fx.cleanup();
});

const draft = (name: string) => insertDraft(fx.store.db, { fields: { name } });
const show = async (id: number) => {
  publisher.show({ kind: 'draft', id });
  await publisher.idle();
};

describe('the card publisher', () => {
  it('posts a new draft\'s card on every platform once, however often it is told', async () => {
    const id = await draft('Baltic Cyber Pledge');
    publisher.show({ kind: 'draft', id });
    publisher.show({ kind: 'draft', id });
    await publisher.idle();
    await show(id);
    expect(slack.calls).toEqual([{ op: 'post', what: `Draft ${id}: Baltic Cyber Pledge`, ok: true }]);
    expect(discord.calls).toEqual([{ op: 'post', what: `Draft ${id}: Baltic Cyber Pledge`, ok: true }]);
  });

  it('redraws a card when its draft changes, then writes the decision in its thread', async () => {
    const id = await draft('Baltic Cyber Pledge');
    await show(id);
    await moderation.edit(id, alice, { name: 'Baltic Cyber Accord' });
    await publisher.idle();
    await moderation.reject(id, alice, 'duplicate');
    await publisher.idle();
    expect(slack.calls.map((c) => [c.op, c.what])).toEqual([
      ['post', `Draft ${id}: Baltic Cyber Pledge`],
      ['update', `Draft ${id}: Baltic Cyber Accord`],
      ['update', `Draft ${id}: Baltic Cyber Accord`],
      ['note', `Draft ${id} rejected by Alice at 2026-11-23 10:00 UTC: duplicate. Rejected draft ${id} ("Baltic Cyber Accord"): duplicate`],
    ]);
  });

  it('posts no card for a draft decided before it had one', async () => {
    const id = await draft('Baltic Cyber Pledge');
    await moderation.approve(id, alice);
    await publisher.idle();
    expect(slack.calls).toEqual([]);
  });

  it('tries a failing card at most three times, then leaves it to the repair, while other cards go out', async () => {
    const failing = await draft('Failing Accord');
    const fine = await draft('Fine Accord');
    slack.fail('post', 10, undefined, (what) => what.includes('Failing'));
    publisher.show({ kind: 'draft', id: failing });
    publisher.show({ kind: 'draft', id: fine });
    await publisher.idle();
    expect(slack.ops('post').filter((c) => c.what.includes('Failing')).map((c) => c.ok)).toEqual([false, false, false]);
    expect(slack.ops('post').filter((c) => c.what.includes('Fine')).map((c) => c.ok)).toEqual([true]);
    expect(discord.ops('post').map((c) => c.ok)).toEqual([true, true]);
    expect(logs.filter((l) => l.msg === 'card not drawn; retrying').map((l) => l.retryInMs)).toEqual([20, 40]);
    expect(logs.find((l) => l.msg === 'card not drawn; the periodic repair will try again')).toMatchObject({ platform: 'slack', subject: `draft:${failing}`, tries: 3 });
    expect(await publisher.repair()).toBe(1);
    await publisher.idle();
    expect(slack.ops('post').filter((c) => c.what.includes('Failing')).map((c) => c.ok)).toEqual([false, false, false, false, false, false]);
  });

  it('does not retry what the platform refuses for good, and posts again a card whose message is gone', async () => {
    const refused = await draft('Refused Accord');
    slack.fail('post', 1, () => new CardChannelError('invalid_auth', { retryable: false }));
    await show(refused);
    expect(slack.ops('post').map((c) => c.ok)).toEqual([false]);
    const gone = await draft('Gone Accord');
    await show(gone);
    slack.fail('update', 1, () => new CardChannelError('message_not_found', { retryable: false, gone: true }));
    await moderation.claim(gone, alice);
    await publisher.idle();
    expect(slack.calls.slice(-2).map((c) => [c.op, c.ok])).toEqual([['update', false], ['post', true]]);
    // m1 was the card that vanished; the ledger now points at its new message
    expect((await createCardLedger(fx.store.db).get('slack', { kind: 'draft', id: gone }))!.messageId).toBe('m2');
  });

  it('repairs only: posts what has no card and redraws what changed without an event', async () => {
    const id = await draft('Quiet Accord');
    expect(await publisher.repair()).toBe(2);
    await publisher.idle();
    expect(await publisher.repair()).toBe(0);
    const elsewhere = createModeration({ store: createModerationStore(fx.store, fx.clock.now), now: fx.clock.now });
    await elsewhere.claim(id, alice);
    expect(await publisher.repair()).toBe(2);
    await publisher.idle();
    expect(slack.calls.map((c) => c.op)).toEqual(['post', 'update']);
  });

  it('posts the digest to every platform when something waits, and says so', async () => {
    expect(await publisher.postDigest()).toEqual({ posted: false, drafts: 0, unsorted: 0 });
    await draft('Baltic Cyber Pledge');
    discord.fail('announce', 1);
    expect(await publisher.postDigest()).toEqual({ posted: true, drafts: 1, unsorted: 0 });
    expect(slack.ops('announce')).toEqual([{ op: 'announce', what: 'Moderation digest: 1 pending draft, 0 mails needing a look; oldest waiting 1 h', ok: true }]);
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'digest not posted', platform: 'discord' }));
  });

  it('retries an update that failed for a passing reason rather than posting the card again', async () => {
    const id = await draft('Flaky Accord');
    await show(id);
    slack.fail('update', 1, () => new CardChannelError('HTTP 502', { retryable: true }));
    await moderation.claim(id, alice);
    await publisher.idle();
    expect(slack.calls.map((c) => [c.op, c.ok])).toEqual([['post', true], ['update', false], ['update', true]]);
  });

  it('draws a decided card again when its Undo button expires, and only once however often it was drawn', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const id = await draft('Undoable Accord');
      await show(id);
      await moderation.approve(id, alice);
      await publisher.idle();
      await show(id);
      const updates = () => slack.ops('update').length;
      expect(updates()).toBe(1);
      fx.clock.advance(15 * 60_000);
      await vi.advanceTimersByTimeAsync(15 * 60_000 + 1_000);
      await publisher.idle();
      expect(updates()).toBe(2);
      expect(await createCardLedger(fx.store.db).get('slack', { kind: 'draft', id })).toMatchObject({ stamp: String((await moderation.getDraft(id))!.revision) });
    } finally {
      vi.useRealTimers();
    }
  });

  it('posts the digest every day at the hour it is given, and not without one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      await draft('Waiting Accord');
      stop = publisher.start({ repairEveryMs: 3_600_000, digestHourUtc: 11 });
      await vi.advanceTimersByTimeAsync(59 * 60_000);
      expect(slack.ops('announce')).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(60_000);
      // the digest reads the store (real I/O, not a timer): give it up to 10 s of real time on a busy machine
      const until = Date.now() + 10_000;
      while (slack.ops('announce').length === 0 && Date.now() < until) await new Promise((r) => setImmediate(r));
      expect(slack.ops('announce').map((c) => c.what)).toEqual([expect.stringMatching(/^Moderation digest: 1 pending draft/)]);
      stop();
      stop = publisher.start({ repairEveryMs: 3_600_000, digestHourUtc: null });
      await vi.advanceTimersByTimeAsync(48 * 3_600_000);
      for (let turn = 0; turn < 500; turn++) await new Promise((r) => setImmediate(r));
      expect(slack.ops('announce')).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts by repairing, so drafts that came while the bot was down get their cards', async () => {
    const id = await draft('Waiting Accord');
    stop = publisher.start({ repairEveryMs: 60_000, digestHourUtc: null });
    await new Promise((r) => setTimeout(r, 50));
    await publisher.idle();
    expect(slack.calls).toEqual([{ op: 'post', what: `Draft ${id}: Waiting Accord`, ok: true }]);
  });
});
