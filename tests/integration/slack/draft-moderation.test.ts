import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCardLedger } from '../../../src/store/card-ledger.js';
import { FIXTURES, GROUP_MOD, LISTED_MOD, MEMBER, MODS_CHANNEL, startSlackHarness, stateFromModal, type SlackHarness } from './start-slack-harness.js';

let h: SlackHarness;
beforeEach(async () => {
  h = await startSlackHarness();
});
afterEach(async () => {
  await h.close();
});

type View = { callback_id: string; private_metadata: string; blocks: Array<Record<string, any>> };
const cardText = (call: { args: Record<string, unknown> }) => JSON.stringify(call.args.blocks);
const lastView = (): View => h.fake.callsTo('views.open').at(-1)?.args.view as View;
const cardOf = async (draftId: number) => (await createCardLedger(h.store.db).get('slack', { kind: 'draft', id: draftId }))!;
const threadNotes = (ts: string) => h.fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts).map((c) => String(c.args.text));
const lastNote = () => String(h.fake.callsTo('response').at(-1)?.args.text);

/** D03 holds one agreement; its card is posted as soon as it is ingested, with no sync to wait for. */
async function postedCard(): Promise<number> {
  const [draftId] = await h.ingest('D03-html-table.eml');
  expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  return draftId!;
}

describe('Slack draft cards', () => {
  it('posts a card for a new draft at once, with Approve (confirmed first), Edit, Reject and Merge', async () => {
    const draftId = await postedCard();
    const [post] = h.fake.callsTo('chat.postMessage');
    expect(post?.args.channel).toBe(MODS_CHANNEL);
    expect(String(post?.args.text)).toContain(`Draft ${draftId}: Directive on Security of Network and Information Systems (NIS Directive)`);
    const buttons = (post?.args.blocks as Array<{ type: string; elements?: Array<Record<string, any>> }>).find((b) => b.type === 'actions')!.elements!;
    expect(buttons.map((e) => [e.action_id, e.value])).toEqual([['approve', String(draftId)], ['edit', String(draftId)], ['reject', String(draftId)], ['merge', String(draftId)]]);
    expect(buttons[0]!.confirm).toMatchObject({ title: { text: `Approve draft ${draftId}?` }, confirm: { text: 'Approve' }, deny: { text: 'Cancel' } });
    expect(buttons[0]!.confirm.text.text).toMatch(/becomes a new agreement.*undo it from the card for 15 minutes/);
    expect((await cardOf(draftId)).messageId).toBe(h.fake.callsTo('chat.postMessage')[0]!.args.ts ?? (await cardOf(draftId)).messageId);
  });

  it('approves from the card, answers the moderator, redraws the card and writes who decided in its thread', async () => {
    const draftId = await postedCard();
    const catalogBefore = (await h.store.catalog.loadSnapshot()).agreements.length;
    expect((await h.click('approve', String(draftId))).status).toBe(200);
    const draft = await h.draft(draftId);
    expect(draft).toMatchObject({ status: 'approved', decidedBy: { id: LISTED_MOD } });
    expect((await h.store.catalog.loadSnapshot()).agreements.length).toBe(catalogBefore + 1);
    const added = (await h.store.catalog.loadSnapshot()).agreementById.get(draft.agreementId!)!;
    expect(added.coverage.map((c) => c.element)).toEqual(draft.fields.normElements.map((s) => s.id));
    expect(lastNote()).toBe(`Approved draft ${draftId}: "${draft.fields.name}" is now agreement ${draft.agreementId} in the catalog (${added.coverage.length} unverified norm-element links).`);
    const card = await cardOf(draftId);
    const [update] = h.fake.callsTo('chat.update');
    expect(update?.args).toMatchObject({ channel: MODS_CHANNEL, ts: card.messageId });
    expect(cardText(update!)).toMatch(/approved by umod1/);
    expect(cardText(update!)).toContain('"action_id":"undo-decision"');
    expect(cardText(update!)).not.toContain('"action_id":"approve"');
    expect(threadNotes(card.messageId)).toEqual([expect.stringMatching(new RegExp(`^Draft ${draftId} approved by umod1 .*as agreement ${draft.agreementId}`))]);
  });

  it('undoes an approval from the card: the agreement leaves the catalog, the draft is pending again, the history keeps both', async () => {
    const draftId = await postedCard();
    const before = (await h.store.catalog.loadSnapshot()).agreements.length;
    await h.click('approve', String(draftId));
    const agreementId = (await h.draft(draftId)).agreementId!;
    await h.click('undo-decision', String(draftId), GROUP_MOD);
    expect(await h.draft(draftId)).toMatchObject({ status: 'pending', decidedBy: null, agreementId: null });
    expect((await h.store.catalog.loadSnapshot()).agreements.length).toBe(before);
    expect(lastNote()).toMatch(new RegExp(`Undid the approval of draft ${draftId} \\(agreement ${agreementId} .* taken out of the catalog\\)`));
    expect((await h.store.catalog.history('agreement', agreementId)).map((e) => e.action)).toEqual(['approve-draft', 'undo-approved']);
    expect(cardText(h.fake.callsTo('chat.update').at(-1)!)).toContain('"action_id":"approve"');
    expect(threadNotes((await cardOf(draftId)).messageId).at(-1)).toMatch(/^Undone by umod2: Undid the approval/);
  });

  it('edits a draft through the pre-filled modal, every field included, and redraws the card', async () => {
    const draftId = await postedCard();
    await h.click('edit', String(draftId));
    const opened = lastView();
    expect(opened.callback_id).toBe('draft_edit');
    expect(opened.blocks.find((b) => b.block_id === 'name')?.element.initial_value).toBe((await h.draft(draftId)).fields.name);
    expect(opened.blocks.map((b) => b.block_id)).toEqual(['name', 'launchYear', 'parties', 'signatories', 'maintainer', 'normElements', 'ggeNorms']);
    const elements = { selected_options: [{ value: '2.1' }, { value: '5.3' }] };
    const res = await h.submit({ callback_id: opened.callback_id, private_metadata: opened.private_metadata, state: { values: stateFromModal(opened, { name: { value: 'NIS Directive (EU) 2016/1148' }, launchYear: { value: '2016' }, normElements: elements }) } });
    expect(res.text).toBe('');
    const draft = await h.draft(draftId);
    expect(draft.fields.name).toBe('NIS Directive (EU) 2016/1148');
    expect(draft.fields.normElements.map((s) => s.id)).toEqual(['2.1', '5.3']);
    expect(draft.version).toBe(2);
    expect(cardText(h.fake.callsTo('chat.update')[0]!)).toContain('NIS Directive (EU) 2016/1148');
  });

  it('keeps the edit modal open with an error for a bad year', async () => {
    const draftId = await postedCard();
    await h.click('edit', String(draftId));
    const opened = lastView();
    const res = await h.submit({ callback_id: opened.callback_id, private_metadata: opened.private_metadata, state: { values: stateFromModal(opened, { launchYear: { value: 'last year' } }) } });
    expect(JSON.parse(res.text)).toEqual({ response_action: 'errors', errors: { launchYear: 'A four-digit year, such as 2015, or leave it empty.' } });
    expect((await h.draft(draftId)).version).toBe(1);
  });

  it('refuses, inside the save, an edit form opened before another moderator saved, naming who, and keeps their edit', async () => {
    const draftId = await postedCard();
    await h.click('edit', String(draftId), LISTED_MOD);
    await h.click('edit', String(draftId), GROUP_MOD);
    const [stale, fresh] = h.fake.callsTo('views.open').map((c) => c.args.view as View);
    await h.submit({ callback_id: fresh!.callback_id, private_metadata: fresh!.private_metadata, state: { values: stateFromModal(fresh!, { name: { value: 'Saved by the group moderator' } }) } }, GROUP_MOD);
    const res = await h.submit({ callback_id: stale!.callback_id, private_metadata: stale!.private_metadata, state: { values: stateFromModal(stale!, { launchYear: { value: '2001' } }) } }, LISTED_MOD);
    expect(JSON.parse(res.text)).toMatchObject({ response_action: 'errors', errors: { name: expect.stringMatching(/edited by umod2 while this form was open \(the form shows version 1, the draft is at version 2\)\. Nothing was saved/) } });
    expect(await h.draft(draftId)).toMatchObject({ version: 2, fields: { name: 'Saved by the group moderator', launchYear: 2016 } });
  });

  it('opens no form on a draft another moderator claimed, and says who holds it', async () => {
    const draftId = await postedCard();
    await h.slash(`claim ${draftId}`, GROUP_MOD);
    for (const verb of ['edit', 'reject', 'merge']) await h.click(verb, String(draftId), LISTED_MOD);
    expect(h.fake.callsTo('views.open')).toHaveLength(0);
    const notes = h.fake.callsTo('response').slice(-3).map((c) => String(c.args.text));
    expect(notes).toEqual(Array(3).fill(expect.stringMatching(new RegExp(`Draft ${draftId} is being handled by umod2 until`))));
  });

  it('closes the modal and tells the moderator privately when saving fails, logging no payload', async () => {
    const draftId = await postedCard();
    await h.click('edit', String(draftId));
    const opened = lastView();
    h.moderation.getDraft = () => Promise.reject(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY', data: { text: 'contributor secret text' } }));
    const res = await h.submit({ callback_id: opened.callback_id, private_metadata: opened.private_metadata, state: { values: stateFromModal(opened, { name: { value: 'Renamed' } }) } });
    expect(res).toEqual({ status: 200, text: '' });
    expect(h.fake.callsTo('chat.postEphemeral').at(-1)?.args).toMatchObject({ user: LISTED_MOD, text: 'That did not work just now; nothing was changed. Please try again.' });
    expect(h.logs).toContainEqual(expect.objectContaining({ err: 'database is locked', code: 'SQLITE_BUSY' }));
    expect(JSON.stringify(h.logs)).not.toContain('contributor secret text');
  });

  it('rejects with a reason from the modal, which is the confirmation, and writes the reason in the thread', async () => {
    const draftId = await postedCard();
    await h.click('reject', String(draftId), GROUP_MOD);
    const opened = lastView();
    expect(opened).toMatchObject({ callback_id: 'draft_reject', submit: { text: 'Reject' }, close: { text: 'Cancel' } });
    await h.submit({ callback_id: opened.callback_id, private_metadata: opened.private_metadata, state: { values: stateFromModal(opened, { reason: { value: 'Already covered by the EU entry' } }) } }, GROUP_MOD);
    expect(await h.draft(draftId)).toMatchObject({ status: 'rejected', reason: 'Already covered by the EU entry' });
    expect(cardText(h.fake.callsTo('chat.update')[0]!)).toMatch(/rejected by umod2/);
    expect(threadNotes((await cardOf(draftId)).messageId)).toEqual([expect.stringMatching(/rejected by umod2 at .*: Already covered by the EU entry/)]);
  });

  it('finds the merge target anywhere in the catalog, ranked by name, and merges into it', async () => {
    const draftId = await postedCard();
    const catalog = await h.store.catalog.loadSnapshot();
    const last = catalog.agreements.at(-1)!;
    await h.click('merge', String(draftId));
    const opened = lastView();
    expect(opened.blocks[0]?.element).toMatchObject({ type: 'external_select', action_id: 'merge_target', min_query_length: 0 });
    const options = JSON.parse((await h.suggest('merge_target', last.name.slice(0, 12))).text).options as Array<{ text: { text: string }; value: string }>;
    expect(options[0]).toMatchObject({ value: String(last.id) });
    const paris = JSON.parse((await h.suggest('merge_target', 'paris')).text).options as Array<{ value: string; text: { text: string } }>;
    expect(paris[0]!.text.text).toMatch(/Paris Call/);
    expect(JSON.parse((await h.suggest('merge_target', '')).text).options).toHaveLength(Math.min(100, catalog.agreements.length));
    await h.submit({ callback_id: opened.callback_id, private_metadata: opened.private_metadata, state: { values: stateFromModal(opened, { agreement: { selected_option: options[0] } }) } });
    expect(await h.draft(draftId)).toMatchObject({ status: 'merged', agreementId: last.id });
    expect(cardText(h.fake.callsTo('chat.update')[0]!)).toMatch(new RegExp(`merged into agreement ${last.id}`));
  });

  it('offers members no merge targets', async () => {
    expect(JSON.parse((await h.suggest('merge_target', 'paris', MEMBER)).text).options).toEqual([]);
  });

  it('refuses a click from a non-moderator privately and changes nothing', async () => {
    const draftId = await postedCard();
    expect((await h.click('approve', String(draftId), MEMBER)).status).toBe(200);
    expect(h.fake.callsTo('response').at(-1)?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: expect.stringMatching(/^Only moderators can decide drafts/) });
    expect((await h.draft(draftId)).status).toBe('pending');
    expect(h.fake.callsTo('chat.update')).toHaveLength(0);
    expect(h.logs).toContainEqual(expect.objectContaining({ msg: 'refused: not a moderator', userId: MEMBER }));
  });

  it('refuses a modal submission from a non-moderator and changes nothing', async () => {
    const draftId = await postedCard();
    await h.click('reject', String(draftId));
    const opened = lastView();
    await h.submit({ callback_id: opened.callback_id, private_metadata: opened.private_metadata, state: { values: stateFromModal(opened, { reason: { value: 'spam' } }) } }, MEMBER);
    expect((await h.draft(draftId)).status).toBe('pending');
    expect(h.fake.callsTo('chat.postEphemeral').at(-1)?.args).toMatchObject({ user: MEMBER, channel: MODS_CHANNEL, text: expect.stringMatching(/Only moderators/) });
    expect(h.logs).toContainEqual(expect.objectContaining({ level: 40, msg: 'refused: not a moderator', userId: MEMBER }));
  });

  it('decides once when two moderators approve at the same moment and tells the second who did', async () => {
    const draftId = await postedCard();
    const agreementsBefore = (await h.store.catalog.loadSnapshot()).agreements.length;
    await Promise.all([h.click('approve', String(draftId), LISTED_MOD), h.click('approve', String(draftId), GROUP_MOD)]);
    const draft = await h.draft(draftId);
    expect((await h.store.catalog.loadSnapshot()).agreements.length).toBe(agreementsBefore + 1);
    const notes = h.fake.callsTo('response').map((c) => String(c.args.text));
    expect(notes.filter((t) => /^Approved draft/.test(t))).toHaveLength(1);
    expect(notes.find((t) => /already approved by/.test(t))).toContain(draft.decidedBy!.name);
  });

  it('refuses an unknown action without a crash and changes nothing', async () => {
    const draftId = await postedCard();
    expect((await h.click('launch_missiles', String(draftId))).status).toBe(200);
    expect(lastNote()).toMatch(/not one normbot knows/);
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

  it('posts a "needs a look" card for a mail that became no draft, and dismisses it through the modal with its reason', async () => {
    const out = await h.ingestOutcome(`${FIXTURES}/unsorted-letter.eml`);
    await h.settled();
    const itemId = out.status === 'processed' ? out.unsortedId! : 0;
    const [card] = h.fake.callsTo('chat.postMessage');
    expect(String(card?.args.text).split('\n').slice(0, 6)).toEqual([
      `Needs a look ${itemId}: Workshop on cyber diplomacy in West Africa`,
      'Status: needs a look',
      'From: Mireille Okafor',
      'Received: 2026-11-24 09:15 UTC',
      'Why it is here: not recognised as a contribution (no questionnaire content)',
      'Attachments: workshop-agenda.ics',
    ]);
    const buttons = (card?.args.blocks as Array<{ type: string; elements?: Array<Record<string, any>> }>).find((b) => b.type === 'actions')!.elements!;
    expect(buttons.map((b) => [b.action_id, b.value, b.text.text])).toEqual([['unsorted-draft', String(itemId), 'Make a draft'], ['unsorted-dismiss', String(itemId), 'Not a contribution']]);
    await h.click('unsorted-dismiss', String(itemId), GROUP_MOD);
    const opened = lastView();
    expect(opened).toMatchObject({ callback_id: 'unsorted_dismiss', private_metadata: JSON.stringify({ itemId }) });
    await h.submit({ callback_id: opened.callback_id, private_metadata: opened.private_metadata, state: { values: stateFromModal(opened, { reason: { value: 'An invitation, not a contribution' } }) } }, GROUP_MOD);
    expect(await h.moderation.getUnsorted(itemId)).toMatchObject({ status: 'dismissed', resolution: 'An invitation, not a contribution' });
    expect(h.fake.callsTo('chat.postEphemeral').at(-1)?.args).toMatchObject({ user: GROUP_MOD, text: `Dismissed item ${itemId} as not a contribution: An invitation, not a contribution` });
    expect(cardText(h.fake.callsTo('chat.update').at(-1)!)).toMatch(/dismissed by umod2 at .*: An invitation, not a contribution/);
    expect(h.fake.callsTo('chat.postMessage').at(-1)?.args).toMatchObject({ thread_ts: h.fake.callsTo('chat.update').at(-1)?.args.ts, text: expect.stringMatching(new RegExp(`^Item ${itemId} dismissed by umod2`)) });
  });

  it('makes a draft from a "needs a look" card, whose own card follows', async () => {
    const out = await h.ingestOutcome(`${FIXTURES}/unsorted-letter.eml`);
    await h.settled();
    const itemId = out.status === 'processed' ? out.unsortedId! : 0;
    await h.click('unsorted-draft', String(itemId));
    const item = (await h.moderation.getUnsorted(itemId))!;
    expect(lastNote()).toBe(`Made draft ${item.draftIds[0]} from item ${itemId}; complete it with Edit, then decide as usual.`);
    expect(h.fake.callsTo('chat.postMessage').map((c) => String(c.args.text).split('\n')[0])).toContain(`Draft ${item.draftIds[0]}: Untitled agreement from "Workshop on cyber diplomacy in West Africa" (name needed)`);
  });

  it('redraws the card at the next repair when the draft was decided by another process', async () => {
    const draftId = await postedCard();
    // the CLI in another process: its moderation tells no publisher of this one
    const { createModeration } = await import('../../../src/core/moderation/create-moderation.js');
    const { createModerationStore } = await import('../../../src/store/moderation-store.js');
    await createModeration({ store: createModerationStore(h.store), now: () => new Date() }).reject(draftId, { platform: 'terminal', id: 'op', name: 'operator' }, 'duplicate');
    expect(h.fake.callsTo('chat.update')).toHaveLength(0);
    expect(await h.publisher.repair()).toBe(1);
    await h.settled();
    expect(cardText(h.fake.callsTo('chat.update')[0]!)).toMatch(/rejected by operator/);
    expect(await h.publisher.repair()).toBe(1); // the Undo button is still on the card: checked again, not redrawn
    await h.settled();
    expect(h.fake.callsTo('chat.update')).toHaveLength(1);
  });
});
