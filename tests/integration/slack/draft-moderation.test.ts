import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftCardPosts } from '../../../src/store/draft-card-posts.js';
import { GROUP_MOD, LISTED_MOD, MEMBER, MODS_CHANNEL, startSlackHarness, stateFromModal, type SlackHarness } from './start-slack-harness.js';

let h: SlackHarness;
beforeEach(async () => {
  h = await startSlackHarness();
});
afterEach(async () => {
  await h.close();
});

const cardText = (call: { args: Record<string, unknown> }) => JSON.stringify(call.args.blocks);

async function postedCard(): Promise<number> {
  const [draftId] = await h.ingest('D03-html-table.eml');
  expect(draftId).toBeDefined();
  const synced = await h.bot.syncDraftCards();
  expect(synced.posted).toBe(1);
  return draftId!;
}

describe('Slack draft moderation', () => {
  it('posts a card for a new draft with Approve, Edit, Reject and Merge buttons', async () => {
    const draftId = await postedCard();
    const [post] = h.fake.callsTo('chat.postMessage');
    expect(post?.args.channel).toBe(MODS_CHANNEL);
    expect(typeof post?.args.text).toBe('string');
    const buttons = (post?.args.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>).find((b) => b.type === 'actions');
    expect(buttons?.elements?.map((e) => [e.action_id, e.value])).toEqual([
      ['approve', String(draftId)], ['edit', String(draftId)], ['reject', String(draftId)], ['merge', String(draftId)],
    ]);
  });

  it('approves a draft from the card and then answers about it with /norms', async () => {
    const draftId = await postedCard();
    const name = (await h.draft(draftId)).fields.name;
    expect((await h.click('approve', String(draftId))).status).toBe(200);
    const draft = await h.draft(draftId);
    expect(draft.status).toBe('approved');
    expect(draft.decidedBy?.id).toBe(LISTED_MOD);
    const [update] = h.fake.callsTo('chat.update');
    expect(update?.args).toMatchObject({ channel: MODS_CHANNEL, ts: (await createDraftCardPosts(h.store.db, 'slack').get(draftId))?.messageId });
    expect(cardText(update!)).toMatch(/approved by umod1/);
    expect(cardText(update!)).not.toContain('"action_id":"approve"');
    await h.slash(`what does ${name} cover`);
    const answer = h.fake.callsTo('response').at(-1);
    expect(answer?.args.response_type).toBe('in_channel');
    expect(JSON.stringify(answer?.args)).toContain(name.slice(0, 30));
  });

  it('edits a draft through the pre-filled modal and updates the card', async () => {
    const draftId = await postedCard();
    await h.click('edit', String(draftId));
    const opened = h.fake.callsTo('views.open')[0]?.args.view as { callback_id: string; private_metadata: string; blocks: Array<Record<string, any>> };
    expect(opened.callback_id).toBe('draft_edit');
    const nameInput = opened.blocks.find((b) => b.block_id === 'name');
    expect(nameInput?.element.initial_value).toBe((await h.draft(draftId)).fields.name);
    const res = await h.submit({ callback_id: opened.callback_id, private_metadata: opened.private_metadata, state: { values: stateFromModal(opened, { name: { value: 'NIS Directive (EU) 2016/1148' }, launchYear: { value: '2016' } }) } });
    expect(res.status).toBe(200);
    const draft = await h.draft(draftId);
    expect(draft.fields.name).toBe('NIS Directive (EU) 2016/1148');
    expect(draft.version).toBe(2);
    expect(cardText(h.fake.callsTo('chat.update')[0]!)).toContain('NIS Directive (EU) 2016/1148');
  });

  it('keeps the edit modal open with an error for a bad year', async () => {
    const draftId = await postedCard();
    await h.click('edit', String(draftId));
    const opened = h.fake.callsTo('views.open')[0]?.args.view as { callback_id: string; private_metadata: string; blocks: Array<Record<string, any>> };
    const res = await h.submit({ callback_id: opened.callback_id, private_metadata: opened.private_metadata, state: { values: stateFromModal(opened, { launchYear: { value: 'last year' } }) } });
    expect(JSON.parse(res.text)).toMatchObject({ response_action: 'errors', errors: { launchYear: expect.any(String) } });
    expect((await h.draft(draftId)).version).toBe(1);
  });

  it('refuses an edit form opened before another moderator saved, naming who edited, and keeps their edit', async () => {
    const draftId = await postedCard();
    await h.click('edit', String(draftId), LISTED_MOD);
    await h.click('edit', String(draftId), GROUP_MOD);
    const [stale, fresh] = h.fake.callsTo('views.open').map((c) => c.args.view as { callback_id: string; private_metadata: string; blocks: Array<Record<string, any>> });
    await h.submit({ callback_id: fresh!.callback_id, private_metadata: fresh!.private_metadata, state: { values: stateFromModal(fresh!, { name: { value: 'Saved by the group moderator' } }) } }, GROUP_MOD);
    expect((await h.draft(draftId)).version).toBe(2);
    const res = await h.submit({ callback_id: stale!.callback_id, private_metadata: stale!.private_metadata, state: { values: stateFromModal(stale!, { launchYear: { value: '2001' } }) } }, LISTED_MOD);
    expect(JSON.parse(res.text)).toMatchObject({ response_action: 'errors', errors: { name: expect.stringMatching(/edited by umod2 while this form was open.*Nothing was saved/) } });
    const draft = await h.draft(draftId);
    expect(draft.fields.name).toBe('Saved by the group moderator');
    expect(draft.version).toBe(2);
  });

  it('closes the modal and tells the moderator privately when saving fails, logging no payload', async () => {
    const draftId = await postedCard();
    await h.click('edit', String(draftId));
    const opened = h.fake.callsTo('views.open')[0]?.args.view as { callback_id: string; private_metadata: string; blocks: Array<Record<string, any>> };
    h.moderation.getDraft = () => Promise.reject(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY', data: { text: 'contributor secret text' } }));
    const res = await h.submit({ callback_id: opened.callback_id, private_metadata: opened.private_metadata, state: { values: stateFromModal(opened, { name: { value: 'Renamed' } }) } });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(h.fake.callsTo('chat.postEphemeral').at(-1)?.args).toMatchObject({ user: LISTED_MOD, text: expect.stringMatching(/did not work just now; nothing was changed/) });
    expect(h.logs).toContainEqual(expect.objectContaining({ err: 'database is locked', code: 'SQLITE_BUSY' }));
    expect(JSON.stringify(h.logs)).not.toContain('contributor secret text');
  });

  it('rejects a draft with a reason from the modal', async () => {
    const draftId = await postedCard();
    await h.click('reject', String(draftId), GROUP_MOD);
    const opened = h.fake.callsTo('views.open')[0]?.args.view as { callback_id: string; private_metadata: string; blocks: Array<Record<string, any>> };
    expect(opened.callback_id).toBe('draft_reject');
    await h.submit({ callback_id: opened.callback_id, private_metadata: opened.private_metadata, state: { values: stateFromModal(opened, { reason: { value: 'Already covered by the EU entry' } }) } }, GROUP_MOD);
    const draft = await h.draft(draftId);
    expect(draft.status).toBe('rejected');
    expect(draft.reason).toBe('Already covered by the EU entry');
    expect(cardText(h.fake.callsTo('chat.update')[0]!)).toMatch(/rejected by umod2/);
  });

  it('merges a draft into the agreement chosen in the modal', async () => {
    const draftId = await postedCard();
    await h.click('merge', String(draftId));
    const opened = h.fake.callsTo('views.open')[0]?.args.view as { callback_id: string; private_metadata: string; blocks: Array<Record<string, any>> };
    expect(opened.callback_id).toBe('draft_merge');
    const options = opened.blocks[0]?.element.options as Array<{ value: string }>;
    const target = Number(options[1]?.value);
    await h.submit({ callback_id: opened.callback_id, private_metadata: opened.private_metadata, state: { values: stateFromModal(opened, { agreement: { selected_option: options[1] } }) } });
    const draft = await h.draft(draftId);
    expect(draft.status).toBe('merged');
    expect(draft.agreementId).toBe(target);
    expect(cardText(h.fake.callsTo('chat.update')[0]!)).toMatch(/merged into agreement/);
  });

  it('refuses a click from a non-moderator privately and changes nothing', async () => {
    const draftId = await postedCard();
    expect((await h.click('approve', String(draftId), MEMBER)).status).toBe(200);
    const refusal = h.fake.callsTo('response').at(-1);
    expect(refusal?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(refusal?.args.text)).toMatch(/Only moderators/);
    expect((await h.draft(draftId)).status).toBe('pending');
    expect(h.fake.callsTo('chat.update')).toHaveLength(0);
    expect(h.fake.callsTo('views.open')).toHaveLength(0);
    expect(h.logs).toContainEqual(expect.objectContaining({ msg: 'refused: not a moderator', userId: MEMBER }));
  });

  it('refuses a modal submission from a non-moderator and changes nothing', async () => {
    const draftId = await postedCard();
    await h.click('reject', String(draftId));
    const opened = h.fake.callsTo('views.open')[0]?.args.view as { callback_id: string; private_metadata: string; blocks: Array<Record<string, any>> };
    await h.submit({ callback_id: opened.callback_id, private_metadata: opened.private_metadata, state: { values: stateFromModal(opened, { reason: { value: 'spam' } }) } }, MEMBER);
    expect((await h.draft(draftId)).status).toBe('pending');
    expect(h.fake.callsTo('chat.postEphemeral').at(-1)?.args).toMatchObject({ user: MEMBER, channel: MODS_CHANNEL, text: expect.stringMatching(/Only moderators/) });
  });

  it('decides once when two moderators approve at the same moment and tells the second who did', async () => {
    const draftId = await postedCard();
    const agreementsBefore = (await h.store.catalog.loadSnapshot()).agreements.length;
    await Promise.all([h.click('approve', String(draftId), LISTED_MOD), h.click('approve', String(draftId), GROUP_MOD)]);
    const draft = await h.draft(draftId);
    expect(draft.status).toBe('approved');
    expect((await h.store.catalog.loadSnapshot()).agreements.length).toBe(agreementsBefore + 1);
    const notes = h.fake.callsTo('response').map((c) => String(c.args.text));
    expect(notes.filter((t) => /^Approved draft/.test(t))).toHaveLength(1);
    const loser = notes.find((t) => /already approved by/.test(t));
    expect(loser).toContain(draft.decidedBy?.name ?? 'missing');
  });

  it('refuses an unknown action without a crash and changes nothing', async () => {
    const draftId = await postedCard();
    expect((await h.click('launch_missiles', String(draftId))).status).toBe(200);
    expect(String(h.fake.callsTo('response').at(-1)?.args.text)).toMatch(/not one normbot knows/);
    expect(h.logs).toContainEqual(expect.objectContaining({ msg: 'refused: unknown action', actionId: 'launch_missiles' }));
    expect((await h.draft(draftId)).status).toBe('pending');
  });

  it('acknowledges an unknown modal callback id and changes nothing', async () => {
    const draftId = await postedCard();
    const res = await h.submit({ callback_id: 'something_else', private_metadata: JSON.stringify({ draftId }) });
    expect(res.status).toBe(200);
    expect(h.logs).toContainEqual(expect.objectContaining({ msg: 'refused: unknown view submission', callbackId: 'something_else' }));
    expect((await h.draft(draftId)).status).toBe('pending');
  });

  it('updates the card when a draft is decided outside Slack', async () => {
    const draftId = await postedCard();
    await h.moderation.reject(draftId, { platform: 'terminal', id: 'op', name: 'operator' }, 'duplicate');
    expect(await h.bot.syncDraftCards()).toEqual({ posted: 0, updated: 1 });
    expect(cardText(h.fake.callsTo('chat.update')[0]!)).toMatch(/rejected by operator/);
    expect(await h.bot.syncDraftCards()).toEqual({ posted: 0, updated: 0 });
  });
});
