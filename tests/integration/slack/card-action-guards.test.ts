import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOT_MODERATOR, UNKNOWN_ACTION, ACTION_FAILED } from '../../../src/bots/slack/listeners/handle-card-action.js';
import type { Moderation } from '../../../src/core/moderation/moderation-port.js';
import { postSigned } from '../../helpers/fake-slack-api.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { LISTED_MOD, MEMBER, SECRET, startSlackHarness, type SlackHarness } from './start-slack-harness.js';

let h: SlackHarness;
beforeEach(async () => {
  h = await startSlackHarness();
});
afterEach(async () => {
  await h.close();
});

const notes = () => h.fake.callsTo('response').map((c) => c.args);
const lastNote = () => String(h.fake.callsTo('response').at(-1)?.args.text);
const buttonsOf = (call: { args: Record<string, unknown> } | undefined) =>
  (call?.args.blocks as Array<Record<string, any>>).filter((b) => b.type === 'actions').flatMap((b) => b.elements as Array<{ action_id: string; value: string }>);

/**
 * A click as Slack sends it from places the harness's click does not: a message with no channel
 * or container (the App Home, a message Slack no longer has), or without a container.
 */
async function clickFrom(actionId: string, value: string, where: { channel?: string; container?: Record<string, unknown> }, user = MEMBER) {
  const payload = {
    type: 'block_actions', api_app_id: 'A1', token: 't', trigger_id: 'trig.raw', team: { id: 'T1', domain: 'bpf' },
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T1' },
    ...(where.channel ? { channel: { id: where.channel, name: 'a-channel' } } : {}),
    ...(where.container ? { container: where.container } : {}),
    response_url: h.fake.responseUrl('raw'),
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, action_ts: '1700000001.0' }],
  };
  const out = await postSigned(h.url, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), { secret: SECRET });
  await h.settled();
  return out;
}

describe('Slack clicks the bot cannot act on', () => {
  it('refuses a card button whose draft number is not a number, or not positive, and logs it', async () => {
    for (const value of ['abc', '0', '-3', '1.5']) {
      await h.click('approve', value);
      expect(lastNote()).toBe(UNKNOWN_ACTION);
    }
    expect(h.logs.filter((l) => l.msg === 'refused: unknown action').map((l) => [l.level, l.actionId, l.userId])).toEqual(Array(4).fill([40, 'approve', LISTED_MOD]));
  });

  it('refuses a member on a card button, answering privately', async () => {
    const id = await insertDraft(h.store.db, { fields: { name: 'Guarded Accord' } });
    await h.click('approve', String(id), MEMBER);
    expect(notes().at(-1)).toMatchObject({ response_type: 'ephemeral', text: NOT_MODERATOR });
    expect((await h.draft(id)).status).toBe('pending');
  });

  it('says there is no such item when dismissing an unsorted mail that does not exist', async () => {
    await h.click('unsorted-dismiss', '999');
    expect(lastNote()).toBe('There is no item 999.');
  });

  it('tells the moderator the click did not work when the store fails, logs it, and nothing changes', async () => {
    const id = await insertDraft(h.store.db, { fields: { name: 'Locked Accord' } });
    (h.moderation as { approve: Moderation['approve'] }).approve = () => Promise.reject(new Error('database is locked'));
    await h.click('approve', String(id));
    expect(lastNote()).toBe(ACTION_FAILED);
    expect(h.logs).toContainEqual(expect.objectContaining({ level: 50, msg: 'card action failed', err: 'database is locked', actionId: 'approve', userId: LISTED_MOD }));
    expect((await h.draft(id)).status).toBe('pending');
  });

  it('refuses Share in channel and the rating buttons when the click names no channel', async () => {
    await clickFrom('share_answer', 'Which agreements cover botnets?', {});
    expect(lastNote()).toBe(UNKNOWN_ACTION);
    await clickFrom('feedback-up', 'turn-1', {});
    expect(lastNote()).toBe(UNKNOWN_ACTION);
    expect(await h.store.feedback.list()).toEqual([]);
  });

  it('refuses a rating button that carries no answer', async () => {
    await h.click('feedback-down', '', MEMBER, { channel: 'CASK' });
    expect(lastNote()).toBe(UNKNOWN_ACTION);
    expect(await h.store.feedback.list()).toEqual([]);
  });

  it('shares in the channel named by the container when the click has no channel field', async () => {
    await clickFrom('share_answer', 'What does the Paris Call cover?', { container: { type: 'message', message_ts: '1700000000.000001', channel_id: 'CASK', is_ephemeral: true } });
    expect(notes().at(-1)).toMatchObject({ response_type: 'in_channel', text: expect.stringMatching(/^umember asked: What does the Paris Call cover\?/) });
  });

  it('rates a shared answer from a click that comes without a container, in the channel', async () => {
    await h.click('share_answer', 'Which agreements cover botnets?', MEMBER, { channel: 'CASK', ephemeral: true });
    const turnId = buttonsOf(h.fake.callsTo('response').at(-1)).find((b) => b.action_id === 'feedback-up')!.value;
    await clickFrom('feedback-up', turnId, { channel: 'CASK' }, LISTED_MOD);
    expect(lastNote()).toMatch(/^Thanks, noted as helpful: "Which agreements cover botnets\?"/);
    expect(await h.store.feedback.list()).toEqual([expect.objectContaining({ verdict: 'up', conversation: 'CASK' })]);
  });

  it('tells the moderator, next to the moderators channel, that a form without its draft lost track of it', async () => {
    const res = await h.submit({ callback_id: 'draft_reject', private_metadata: '{}' });
    expect(res.status).toBe(200);
    expect(h.fake.callsTo('chat.postEphemeral').map((c) => c.args)).toMatchObject([{ channel: 'CMODS', user: LISTED_MOD, text: 'This form lost track of what it was about; open it again from the card.' }]);
  });

  it('logs a private note Slack would not take, and still answers the form', async () => {
    h.fake.failNext('chat.postEphemeral', { error: 'user_not_in_channel' });
    const res = await h.submit({ callback_id: 'draft_reject', private_metadata: '{}' });
    expect(res.status).toBe(200);
    expect(h.logs).toContainEqual(expect.objectContaining({ level: 40, msg: 'could not send a private note', err: expect.stringContaining('user_not_in_channel') }));
  });
});
