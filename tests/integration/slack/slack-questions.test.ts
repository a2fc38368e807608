import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postSigned } from '../../helpers/fake-slack-api.js';
import { LISTED_MOD, MEMBER, MODS_CHANNEL, SECRET, startSlackHarness, type SlackHarness } from './start-slack-harness.js';

let h: SlackHarness;
beforeEach(async () => {
  h = await startSlackHarness();
});
afterEach(async () => {
  await h.close();
});

const mention = (text: string, ts = '1700000100.000100') => ({ type: 'app_mention', user: MEMBER, text: `<@UBOT> ${text}`, ts, channel: 'CASK', event_ts: ts });

describe('Slack questions', () => {
  it('answers /norms in the channel with the evidence and fallback text', async () => {
    const catalog = await h.store.catalog.loadSnapshot();
    const agreement = catalog.agreements[0]!;
    expect((await h.slash(`what does ${agreement.name} cover`)).status).toBe(200);
    const [answer] = h.fake.callsTo('response');
    expect(answer?.args.response_type).toBe('in_channel');
    expect(typeof answer?.args.text).toBe('string');
    expect((answer?.args.blocks as unknown[]).length).toBeGreaterThan(0);
    expect(JSON.stringify(answer?.args.blocks)).toContain('> “');
  });

  it('answers an empty /norms with how to ask', async () => {
    expect((await h.slash('')).status).toBe(200);
    const [answer] = h.fake.callsTo('response');
    expect(String(answer?.args.text).length).toBeGreaterThan(20);
  });

  it('answers a mention in a thread under the question', async () => {
    expect((await h.event(mention('which agreements cover critical infrastructure?'), 'Ev1')).status).toBe(200);
    const [post] = h.fake.callsTo('chat.postMessage');
    expect(post?.args).toMatchObject({ channel: 'CASK', thread_ts: '1700000100.000100' });
    expect(typeof post?.args.text).toBe('string');
  });

  it('answers a direct message in its thread', async () => {
    const dm = { type: 'message', channel_type: 'im', user: MEMBER, text: 'which agreements cover critical infrastructure?', ts: '1700000200.000100', channel: 'DMEMBER', event_ts: '1700000200.000100' };
    await h.event(dm, 'Ev2');
    expect(h.fake.callsTo('chat.postMessage')[0]?.args).toMatchObject({ channel: 'DMEMBER', thread_ts: '1700000200.000100' });
  });

  it('ignores messages in channels and from bots', async () => {
    await h.event({ type: 'message', channel_type: 'channel', user: MEMBER, text: 'hello', ts: '1.1', channel: 'CASK' }, 'Ev3');
    await h.event({ type: 'message', channel_type: 'im', user: MEMBER, bot_id: 'B2', text: 'hello', ts: '1.2', channel: 'DMEMBER' }, 'Ev4');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('answers a retried delivery once', async () => {
    const event = mention('which agreements cover critical infrastructure?');
    await h.event(event, 'EvRetry');
    const retry = await h.event(event, 'EvRetry', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retry.status).toBe(200);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('rejects a request with a bad signature', async () => {
    const res = await postSigned(h.url, 'command=%2Fnorms&text=hi', { secret: 'not-the-secret' });
    expect(res.status).toBe(401);
    expect(h.fake.calls).toHaveLength(0);
  });

  it('rejects a request with a stale timestamp', async () => {
    const res = await postSigned(h.url, 'command=%2Fnorms&text=hi', { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(res.status).toBe(401);
    expect(h.fake.calls).toHaveLength(0);
  });

  it('shows example questions on the App Home to a member and the queue to a moderator', async () => {
    await h.ingest('D03-html-table.eml');
    await h.event({ type: 'app_home_opened', user: MEMBER, channel: 'DMEMBER', tab: 'home', event_ts: '1.3' }, 'Ev5');
    await h.event({ type: 'app_home_opened', user: LISTED_MOD, channel: 'DMOD', tab: 'home', event_ts: '1.4' }, 'Ev6');
    const [member, mod] = h.fake.callsTo('views.publish');
    expect(member?.args.user_id).toBe(MEMBER);
    expect(JSON.stringify(member?.args.view)).toContain('/norms what does');
    expect(JSON.stringify(member?.args.view)).not.toContain('Pending drafts');
    expect(JSON.stringify(mod?.args.view)).toContain('Pending drafts: 1');
  });

  it('posts the daily digest of pending drafts to the moderators channel', async () => {
    expect(await h.bot.postDigest()).toEqual({ posted: false, count: 0 });
    const ids = await h.ingest('D03-html-table.eml');
    expect(await h.bot.postDigest()).toEqual({ posted: true, count: ids.length });
    const [post] = h.fake.callsTo('chat.postMessage');
    expect(post?.args.channel).toBe(MODS_CHANNEL);
    expect(String(post?.args.text)).toContain(`Draft ${ids[0]}:`);
  });

  it('lets a moderator approve by typing a command to the bot and updates the card', async () => {
    const [draftId] = await h.ingest('D03-html-table.eml');
    await h.bot.syncDraftCards();
    await h.slash(`approve ${draftId}`, LISTED_MOD);
    expect((await h.draft(draftId!)).status).toBe('approved');
    expect(h.fake.callsTo('chat.update')).toHaveLength(1);
  });

  it('leaves the draft cards alone when a moderator asks a question', async () => {
    await h.ingest('D03-html-table.eml');
    await h.slash('which agreements cover critical infrastructure', LISTED_MOD);
    expect(h.fake.callsTo('response')).toHaveLength(1);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(h.fake.callsTo('chat.update')).toHaveLength(0);
  });

  it('refuses a moderation command from a member', async () => {
    const [draftId] = await h.ingest('D03-html-table.eml');
    await h.slash(`approve ${draftId}`, MEMBER);
    expect(h.fake.callsTo('response')[0]?.args.response_type).toBe('ephemeral');
    expect((await h.draft(draftId!)).status).toBe('pending');
  });
});
