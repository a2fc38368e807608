import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { postSigned } from '../../helpers/fake-slack-api.js';
import { FIXTURES, LISTED_MOD, MEMBER, MODS_CHANNEL, SECRET, startSlackHarness, type SlackHarness } from './start-slack-harness.js';

let h: SlackHarness;
let catalog: CatalogSnapshot;
beforeEach(async () => {
  h = await startSlackHarness();
  catalog = await h.store.catalog.loadSnapshot();
});
afterEach(async () => {
  await h.close();
});

const mention = (text: string, ts = '1700000100.000100') => ({ type: 'app_mention', user: MEMBER, text: `<@UBOT> ${text}`, ts, channel: 'CASK', event_ts: ts });
const dm = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'message', channel_type: 'im', user: MEMBER, text, ts: '1700000200.000100', channel: 'DMEMBER', event_ts: '1700000200.000100', ...extra });
const shown = (call: { args: Record<string, unknown> } | undefined) => `${String(call?.args.text)}\n${JSON.stringify(call?.args.blocks ?? [])}`;

/** What the catalog itself says covers critical infrastructure protection (2.1), read without the question engine. */
function criticalInfrastructure() {
  const agreements = catalog.agreementsByElement.get('2.1')!;
  return { names: agreements.map((a) => a.name), count: `${agreements.length} of the ${catalog.agreements.length} agreements in the catalog cover 2.1` };
}

describe('Slack questions', () => {
  it('answers /norms only to the asker, with the agreements and their count, and a Share in channel button', async () => {
    const expected = criticalInfrastructure();
    await h.slash('which agreements cover critical infrastructure?');
    const [answer] = h.fake.callsTo('response');
    expect(answer?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(shown(answer)).toContain(expected.count);
    for (const name of expected.names) expect(shown(answer)).toContain(name);
    const share = (answer?.args.blocks as Array<Record<string, any>>).at(-1);
    expect(share).toEqual({ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Share in channel' }, action_id: 'share_answer', value: 'which agreements cover critical infrastructure?' }] });
  });

  it('shares an answer in the channel when the asker presses Share, saying who asked what', async () => {
    const paris = catalog.agreements.find((a) => /Paris Call/.test(a.name))!;
    await h.click('share_answer', 'what does the Paris Call cover', MEMBER);
    const shared = h.fake.callsTo('response').at(-1);
    expect(shared?.args).toMatchObject({ response_type: 'in_channel' });
    expect(String(shared?.args.text)).toMatch(/^umember asked: what does the Paris Call cover\n/);
    expect(shown(shared)).toContain(paris.name);
    for (const c of paris.coverage) expect(shown(shared)).toContain(c.element);
  });

  it('answers an empty /norms with how to ask, naming the catalog size, and nothing to share', async () => {
    await h.slash('');
    const [help] = h.fake.callsTo('response');
    expect(String(help?.args.text)).toContain(`${catalog.agreements.length} cybersecurity norms agreements and ${catalog.elements.length} norm elements`);
    expect(JSON.stringify(help?.args.blocks)).not.toContain('share_answer');
  });

  it('offers Share for a /norms question up to the 2,000 characters a button can carry; a longer one is refused, with nothing to share', async () => {
    const question = (n: number) => `which agreements cover critical infrastructure? ${'please '.repeat(400)}`.slice(0, n);
    await h.slash(question(2_000));
    await h.slash(question(2_001));
    const [fits, tooLong] = h.fake.callsTo('response');
    expect((fits?.args.blocks as Array<Record<string, any>>).at(-1)?.elements?.[0]).toMatchObject({ action_id: 'share_answer', value: question(2_000) });
    expect(String(tooLong?.args.text)).toMatch(/^Your message is 2001 characters long/);
    expect(JSON.stringify(tooLong?.args.blocks)).not.toContain('share_answer');
  });

  it('answers a mention in a thread under the question, with the agreements, without link previews', async () => {
    const expected = criticalInfrastructure();
    await h.event(mention('which agreements cover critical infrastructure?'), 'Ev1');
    const [post] = h.fake.callsTo('chat.postMessage');
    // the answer lists its sources as links: a preview of each would bury it (form-encoded, as the Web API client sends it)
    expect(post?.args).toMatchObject({ channel: 'CASK', thread_ts: '1700000100.000100', unfurl_links: 'false' });
    expect(shown(post)).toContain(expected.count);
    for (const name of expected.names) expect(shown(post)).toContain(name);
  });

  it('answers a direct message in the DM itself, not in a thread', async () => {
    const agreements = catalog.agreementsByElement.get('2.5')!;
    await h.event(dm('what is 2.5?'), 'Ev2');
    const [post] = h.fake.callsTo('chat.postMessage');
    expect(post?.args.channel).toBe('DMEMBER');
    expect(post?.args).not.toHaveProperty('thread_ts');
    expect(shown(post)).toContain(catalog.elementById.get('2.5')!.description);
    expect(shown(post)).toContain(`Covered by: ${agreements.length} of ${catalog.agreements.length} agreements`);
  });

  it('keeps a DM asked inside a thread in that thread', async () => {
    await h.event(dm('what is 2.5?', { thread_ts: '1700000150.000001' }), 'Ev2b');
    expect(h.fake.callsTo('chat.postMessage')[0]?.args).toMatchObject({ channel: 'DMEMBER', thread_ts: '1700000150.000001' });
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
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test' && c.method !== 'conversations.info' && c.method !== 'usergroups.list')).toHaveLength(0);
  });

  it('rejects a request with a stale timestamp', async () => {
    const res = await postSigned(h.url, 'command=%2Fnorms&text=hi', { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(res.status).toBe(401);
    expect(h.fake.callsTo('response')).toHaveLength(0);
  });

  it('shows example questions on the App Home to a member and the queues to a moderator', async () => {
    await h.ingest('D03-html-table.eml');
    await h.ingestOutcome(`${FIXTURES}/unsorted-letter.eml`);
    await h.event({ type: 'app_home_opened', user: MEMBER, channel: 'DMEMBER', tab: 'home', event_ts: '1.3' }, 'Ev5');
    await h.event({ type: 'app_home_opened', user: LISTED_MOD, channel: 'DMOD', tab: 'home', event_ts: '1.4' }, 'Ev6');
    const [member, mod] = h.fake.callsTo('views.publish');
    expect(member?.args.user_id).toBe(MEMBER);
    expect(JSON.stringify(member?.args.view)).toContain(`/norms what does ${catalog.agreements[0]!.name} cover?`);
    expect(JSON.stringify(member?.args.view)).not.toContain('Pending drafts');
    expect(JSON.stringify(mod?.args.view)).toContain('Pending drafts: 1');
    expect(JSON.stringify(mod?.args.view)).toContain('Mails that need a look: 1');
  });

  it('logs each App Home it publishes, with who and whether they moderate; a failure is logged and publishes nothing', async () => {
    await h.ingest('D03-html-table.eml');
    await h.event({ type: 'app_home_opened', user: LISTED_MOD, channel: 'DMOD', tab: 'home', event_ts: '1.4' }, 'EvHomeLog');
    expect(h.logs.filter((l) => l.msg === 'home published')).toMatchObject([{ level: 30, userId: LISTED_MOD, isModerator: true, pending: 1 }]);
    h.fake.failNext('views.publish', { error: 'not_enabled' });
    await h.event({ type: 'app_home_opened', user: MEMBER, channel: 'DMEMBER', tab: 'home', event_ts: '1.5' }, 'EvHomeFail');
    expect(h.logs.filter((l) => l.msg === 'home not published')).toMatchObject([{ level: 50, userId: MEMBER }]);
    expect(h.fake.callsTo('views.publish').map((c) => c.args.user_id)).toEqual([LISTED_MOD]);
  });

  it('posts the daily digest of pending drafts and mails that need a look to the moderators channel', async () => {
    expect(await h.publisher.postDigest()).toEqual({ posted: false, drafts: 0, unsorted: 0 });
    const ids = await h.ingest('D03-html-table.eml');
    await h.ingestOutcome(`${FIXTURES}/unsorted-letter.eml`);
    await h.settled();
    expect(await h.publisher.postDigest()).toEqual({ posted: true, drafts: ids.length, unsorted: 1 });
    const digest = h.fake.callsTo('chat.postMessage').at(-1);
    expect(digest?.args.channel).toBe(MODS_CHANNEL);
    expect(String(digest?.args.text)).toMatch(/^Moderation digest: 1 pending draft, 1 mail needing a look/);
    expect(String(digest?.args.text)).toContain(`#${ids[0]} Directive on Security of Network and Information Systems`);
    expect(String(digest?.args.text)).toContain('Needs a look 1: Workshop on cyber diplomacy in West Africa');
  });

  it('lets a moderator approve by typing a command to the bot, privately, and the card follows', async () => {
    const [draftId] = await h.ingest('D03-html-table.eml');
    await h.slash(`approve ${draftId}`, LISTED_MOD);
    expect((await h.draft(draftId!)).status).toBe('approved');
    expect(h.fake.callsTo('response')[0]?.args).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(new RegExp(`^Approved draft ${draftId}:`)) });
    expect(JSON.stringify(h.fake.callsTo('chat.update')[0]?.args.blocks)).toMatch(/approved by umod1/);
  });

  it('leaves the draft cards alone when a moderator asks a question', async () => {
    await h.ingest('D03-html-table.eml');
    const posts = h.fake.callsTo('chat.postMessage').length;
    await h.slash('which agreements cover critical infrastructure', LISTED_MOD);
    expect(shown(h.fake.callsTo('response')[0])).toContain(criticalInfrastructure().count);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(posts);
    expect(h.fake.callsTo('chat.update')).toHaveLength(0);
  });

  it('refuses a moderation command mentioned in a thread to a member, privately, in that thread', async () => {
    const [draftId] = await h.ingest('D03-html-table.eml');
    const posts = h.fake.callsTo('chat.postMessage').length;
    await h.event({ ...mention(`approve ${draftId}`, '1700000100.000300'), thread_ts: '1700000100.000200' }, 'EvMemberApprove');
    expect(h.fake.callsTo('chat.postEphemeral').at(-1)?.args).toMatchObject({ channel: 'CASK', user: MEMBER, thread_ts: '1700000100.000200', text: expect.stringMatching(/^Only moderators can work on drafts/) });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(posts);
    expect((await h.draft(draftId!)).status).toBe('pending');
  });

  it('refuses a moderation command from a member, privately', async () => {
    const [draftId] = await h.ingest('D03-html-table.eml');
    await h.slash(`approve ${draftId}`, MEMBER);
    expect(h.fake.callsTo('response')[0]?.args).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^Only moderators can work on drafts/) });
    expect((await h.draft(draftId!)).status).toBe('pending');
  });
});
