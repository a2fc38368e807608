import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startSlackBot } from '../../../src/bots/slack/start-slack-bot.js';
import type { CardLedger } from '../../../src/core/desk/card-ledger.js';
import type { Moderation } from '../../../src/core/moderation/moderation-port.js';
import { PlatformStartError } from '../../../src/errors.js';
import { createCardLedger } from '../../../src/store/card-ledger.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../helpers/fake-slack-api.js';
import { NO_ANSWERS } from '../../helpers/answer-deps-for.js';
import { FIXTURES, LISTED_MOD, MODS_CHANNEL, startSlackHarness, type SlackHarness } from './start-slack-harness.js';

let h: SlackHarness | null = null;
let fake: FakeSlackApi | null = null;
afterEach(async () => {
  await h?.close();
  await fake?.close();
  h = null;
  fake = null;
});

const cardOf = async (draftId: number) => createCardLedger(h!.store.db).get('slack', { kind: 'draft', id: draftId });
const failedLogs = () => h!.logs.filter((l) => l.msg === 'card not drawn; the periodic repair will try again');

describe('Slack when Slack fails', () => {
  it('answers the moderator first, then tries the card three times, then leaves it to the repair', async () => {
    h = await startSlackHarness();
    const [draftId] = await h.ingest('D03-html-table.eml');
    h.fake.failNext('chat.update', { status: 500 }, 4);
    await h.click('approve', String(draftId));
    const reply = h.fake.callsTo('response').at(-1)!;
    const updates = h.fake.attemptsAt('chat.update');
    expect(reply.args.text).toMatch(new RegExp(`^Approved draft ${draftId}`));
    expect(updates.map((u) => u.answered)).toEqual(['http-500', 'http-500', 'http-500']);
    expect(reply.seq).toBeLessThan(updates[0]!.seq);
    expect(failedLogs()).toEqual([expect.objectContaining({ platform: 'slack', subject: `draft:${draftId}`, tries: 3, code: 'CARD_CHANNEL_FAILED' })]);
    // Slack is back: the repair redraws what the events could not
    expect(await h.publisher.repair()).toBe(1);
    await h.settled();
    expect(h.fake.attemptsAt('chat.update').at(-1)?.answered).toBe('ok');
    expect(JSON.stringify(h.fake.callsTo('chat.update')[0]?.args.blocks)).toMatch(/approved by umod1/);
  });

  it('keeps posting other cards while one card keeps failing', async () => {
    h = await startSlackHarness();
    h.fake.failNext('chat.postMessage', { status: 500 }, 3, (args) => String(args.text).includes('Directive on Security'));
    const out = await h.ingestOutcome('D03-html-table.eml');
    const letter = await h.ingestOutcome(`${FIXTURES}/unsorted-letter.eml`);
    await h.settled();
    const posted = h.fake.callsTo('chat.postMessage').map((c) => String(c.args.text).split('\n')[0]);
    expect(posted).toEqual([`Needs a look ${letter.status === 'processed' ? letter.unsortedId : '?'}: Workshop on cyber diplomacy in West Africa`]);
    expect(await cardOf(out.status === 'processed' ? out.draftIds[0]! : 0)).toBeNull();
  });

  it('waits out a 429 with its Retry-After, then posts the card once', async () => {
    h = await startSlackHarness();
    h.fake.failNext('chat.postMessage', { status: 429, retryAfterSec: 1 });
    const [draftId] = await h.ingest('D03-html-table.eml');
    expect(h.fake.attemptsAt('chat.postMessage').map((c) => c.answered)).toEqual(['http-429', 'ok']);
    expect(await cardOf(draftId!)).toMatchObject({ channelId: MODS_CHANNEL, stamp: '0' });
    expect(h.logs).toContainEqual(expect.objectContaining({ msg: 'card not drawn; retrying', retryInMs: 1000 }));
  });

  it('posts the card again when its message was deleted (ok:false message_not_found)', async () => {
    h = await startSlackHarness();
    const [draftId] = await h.ingest('D03-html-table.eml');
    const first = (await cardOf(draftId!))!.messageId;
    h.fake.failNext('chat.update', { error: 'message_not_found' });
    await h.click('approve', String(draftId));
    const again = (await cardOf(draftId!))!.messageId;
    expect(again).not.toBe(first);
    expect(h.fake.callsTo('chat.postMessage').find((c) => c.args.ts === undefined && JSON.stringify(c.args.blocks).includes('approved by umod1'))).toBeDefined();
  });

  it('does not retry a card Slack refuses for good (invalid_auth: the token was revoked)', async () => {
    h = await startSlackHarness();
    h.fake.failNext('chat.postMessage', { error: 'invalid_auth' }, 5);
    await h.ingest('D03-html-table.eml');
    expect(h.fake.attemptsAt('chat.postMessage').map((c) => c.answered)).toEqual(['error:invalid_auth']);
    expect(failedLogs()).toEqual([expect.objectContaining({ err: expect.stringContaining('invalid_auth'), tries: 1 })]);
  });

  it('retries an answer to a user a bounded number of times', async () => {
    h = await startSlackHarness();
    h.fake.failNext('chat.postMessage', { status: 500 }, 10);
    await h.event({ type: 'message', channel_type: 'im', user: 'UMEMBER', text: 'what is 2.5?', ts: '1.5', channel: 'DMEMBER' }, 'EvOut');
    // three tries for the answer, three for the apology; web-api's default is ten retries over about thirty minutes
    const attempts = h.fake.attemptsAt('chat.postMessage').map((c) => String(c.args.text).split('\n')[0]);
    expect(attempts).toEqual([...Array(3).fill('2.5 Computer emergency response'), ...Array(3).fill('Sorry, that question could not be answered just now; please try again in a minute.')]);
    expect(h.logs).toContainEqual(expect.objectContaining({ msg: 'question failed' }));
  });
});

describe('Slack at start', () => {
  const config = (apiUrl: string) => ({
    mode: 'http' as const, botToken: 'xoxb-revoked', signingSecret: 's', port: 0, host: '127.0.0.1', moderatorsChannel: MODS_CHANNEL,
    moderatorGroup: 'SGONE', moderatorUsers: [LISTED_MOD], digestHourUtc: 8, apiUrl,
  });
  const deps = { moderation: {} as Moderation, answers: NO_ANSWERS, loadCatalog: () => Promise.reject(new Error('unused')), ledger: {} as CardLedger, handledEvents: { firstTime: async () => true } };

  it('stops with an error naming SLACK_BOT_TOKEN when Slack refuses the token', async () => {
    fake = await startFakeSlackApi();
    fake.failNext('auth.test', { error: 'invalid_auth' });
    const start = startSlackBot({ config: config(fake.apiUrl), ...deps, logger: pino({ level: 'silent' }) });
    await expect(start).rejects.toBeInstanceOf(PlatformStartError);
    await expect(start).rejects.toMatchObject({ code: 'SLACK_AUTH_FAILED', message: expect.stringMatching(/^Slack refused SLACK_BOT_TOKEN \(invalid_auth\); copy the Bot User OAuth Token/) });
    expect(fake.calls.map((c) => c.method)).toEqual(['auth.test']);
  });

  it('stops with an error naming SLACK_APP_TOKEN when Socket Mode is refused', async () => {
    fake = await startFakeSlackApi();
    fake.failNext('apps.connections.open', { error: 'invalid_auth' });
    const start = startSlackBot({ config: { ...config(fake.apiUrl), mode: 'socket', appToken: 'xapp-revoked' }, ...deps, logger: pino({ level: 'silent' }) });
    await expect(start).rejects.toMatchObject({ code: 'SLACK_AUTH_FAILED', message: expect.stringMatching(/^Slack refused SLACK_APP_TOKEN \(invalid_auth\)/) });
    expect(fake.calls.map((c) => [c.method, c.auth])).toEqual([['auth.test', 'Bearer xoxb-revoked'], ['apps.connections.open', 'Bearer xapp-revoked']]);
  });

  it('warns when the bot is not in the moderators channel and the moderators group does not exist', async () => {
    fake = await startFakeSlackApi();
    fake.botInChannel = false;
    const lines: Array<Record<string, unknown>> = [];
    const bot = await startSlackBot({ config: config(fake.apiUrl), ...deps, logger: pino({ level: 'warn' }, { write: (l: string) => void lines.push(JSON.parse(l) as Record<string, unknown>) }) });
    await bot.stop();
    expect(bot.warnings).toEqual([
      `the bot is not a member of SLACK_MODERATORS_CHANNEL=${MODS_CHANNEL}; invite it there (/invite @normbot), or cards cannot be posted`,
      'SLACK_MODERATOR_GROUP=SGONE does not exist in this workspace; nobody can moderate through it (use the group id, S…)',
    ]);
    expect(lines.map((l) => l.msg)).toEqual(bot.warnings);
  });
});
