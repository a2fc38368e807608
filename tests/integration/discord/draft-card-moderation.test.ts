import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createModeration } from '../../../src/core/moderation/create-moderation.js';
import { createCardLedger } from '../../../src/store/card-ledger.js';
import { createModerationStore } from '../../../src/store/moderation-store.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { button, IDS, MEMBER_CARL, MOD_ANNA, MOD_BEN, modalSubmit, stringSelect } from './discord-payloads.js';
import { openDiscordRig, type DiscordRig } from './discord-rig.js';

const CONTRIBUTOR_EMAIL = 'ada.secret@example.org';

let rig: DiscordRig;
let draftId: number;
let cardId: string;
let logs: string[] = [];

const callbacks = () => rig.fake.calls.filter((c) => c.path.endsWith('/callback'));
const lastCallback = () => callbacks().at(-1)!.body;
const originalEdits = () => rig.fake.calls.filter((c) => c.method === 'PATCH' && c.path.endsWith('/messages/@original')).map((c) => c.body);
const cardEdits = () => rig.fake.calls.filter((c) => c.method === 'PATCH' && c.path === `/api/v10/channels/${IDS.channel}/messages/${cardId}`).map((c) => c.body);
const threadNotes = () => rig.fake.calls.filter((c) => c.method === 'POST' && c.path === `/api/v10/channels/${cardId}/messages`).map((c) => c.body.content as string);
const embedText = (body: any) => JSON.stringify(body.embeds ?? []);
const draft = async () => (await rig.moderation.getDraft(draftId))!;

/** A draft whose card is in the moderators' channel, with a thread for its discussion. */
async function open(): Promise<void> {
  logs = [];
  rig = await openDiscordRig({ logger: pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) }) });
  draftId = await insertDraft(rig.fixture.store.db, {
    fields: { name: 'Nordic Cyber Stability Accord', maintainer: `Nordic Council (${CONTRIBUTOR_EMAIL})`, parties: `Nordic states @everyone @here <@&${IDS.otherRole}>` },
    contributor: { email: CONTRIBUTOR_EMAIL },
    evidence: { maintainer: { snippet: `write to ${CONTRIBUTOR_EMAIL}`, confidence: 0.8 } },
  });
  expect(await rig.publisher.repair()).toBe(1);
  await rig.publisher.idle();
  cardId = (await createCardLedger(rig.fixture.store.db).get('discord', { kind: 'draft', id: draftId }))!.messageId;
}

async function approveConfirmed(user = MOD_ANNA): Promise<void> {
  await rig.dispatch(button(user, `nb:approve:${draftId}`, cardId));
  await rig.dispatch(button(user, `nb:approve-yes:${draftId}`, '990000000000000001'));
}

afterEach(async () => {
  await rig.close();
});

describe('Discord draft cards', () => {
  it('posts the card with Approve, Edit, Edit norms, Reject and Merge, and opens a thread on it', async () => {
    await open();
    const post = rig.fake.calls.find((c) => c.method === 'POST' && c.path === `/api/v10/channels/${IDS.channel}/messages`)!;
    expect(post.auth).toBe('Bot fake-bot-token-0000000000');
    expect(post.body.embeds[0].title).toBe(`Draft ${draftId}: Nordic Cyber Stability Accord`);
    expect(post.body.components[0].components.map((b: any) => [b.label, b.custom_id])).toEqual([
      ['Approve', `nb:approve:${draftId}`],
      ['Edit', `nb:edit:${draftId}`],
      ['Edit norms', `nb:edit-norms:${draftId}`],
      ['Reject', `nb:reject:${draftId}`],
      ['Merge', `nb:merge:${draftId}`],
    ]);
    const thread = rig.fake.calls.find((c) => c.path === `/api/v10/channels/${IDS.channel}/messages/${cardId}/threads`)!;
    expect(thread.body).toEqual({ name: `Draft ${draftId}: Nordic Cyber Stability Accord`, auto_archive_duration: 10080 });
    expect(await createCardLedger(rig.fixture.store.db).get('discord', { kind: 'draft', id: draftId })).toMatchObject({ channelId: IDS.channel, threadId: cardId });
  });

  it('asks before approving, then approves, answers privately, redraws the card and writes in its thread', async () => {
    await open();
    await rig.dispatch(button(MOD_ANNA, `nb:approve:${draftId}`, cardId));
    expect((await draft()).status).toBe('pending');
    const ask = lastCallback();
    expect(ask).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(ask.data.content).toBe(`Approve draft ${draftId}? "Nordic Cyber Stability Accord" becomes a new agreement in the catalog. You can undo it from the card for 15 minutes.`);
    expect(ask.data.components[0].components.map((b: any) => [b.label, b.custom_id])).toEqual([['Approve', `nb:approve-yes:${draftId}`], ['Cancel', `nb:cancel:${draftId}`]]);

    await rig.dispatch(button(MOD_ANNA, `nb:approve-yes:${draftId}`, '990000000000000001'));
    const decided = await draft();
    expect(decided).toMatchObject({ status: 'approved', decidedBy: { platform: 'discord', id: MOD_ANNA.id, name: 'Anna Moderator' } });
    expect((await rig.fixture.store.catalog.loadSnapshot()).agreementById.get(decided.agreementId!)?.name).toBe('Nordic Cyber Stability Accord');
    expect(lastCallback()).toEqual({ type: 6 });
    expect(originalEdits().at(-1)).toMatchObject({ components: [], content: expect.stringMatching(new RegExp(`^Approved draft ${draftId}: "Nordic Cyber Stability Accord" is now agreement ${decided.agreementId}`)) });
    expect(embedText(cardEdits().at(-1))).toContain('approved by Anna Moderator');
    expect(cardEdits().at(-1).components[0].components.map((b: any) => b.custom_id)).toEqual([`nb:undo-decision:${draftId}`]);
    expect(threadNotes()).toEqual([expect.stringMatching(new RegExp(`^Draft ${draftId} approved by Anna Moderator .*as agreement ${decided.agreementId}`))]);
  });

  it('changes nothing when the approval is cancelled', async () => {
    await open();
    await rig.dispatch(button(MOD_ANNA, `nb:approve:${draftId}`, cardId));
    await rig.dispatch(button(MOD_ANNA, `nb:cancel:${draftId}`, '990000000000000001'));
    expect(lastCallback()).toMatchObject({ type: 7, data: { content: 'Nothing was changed.', components: [] } });
    expect((await draft()).status).toBe('pending');
  });

  it('undoes an approval from the card within 15 minutes, and refuses after', async () => {
    await open();
    await approveConfirmed();
    const agreementId = (await draft()).agreementId!;
    await rig.dispatch(button(MOD_BEN, `nb:undo-decision:${draftId}`, cardId));
    expect(await draft()).toMatchObject({ status: 'pending', agreementId: null });
    expect((await rig.fixture.store.catalog.loadSnapshot()).agreementById.has(agreementId)).toBe(false);
    expect(originalEdits().at(-1).content).toMatch(new RegExp(`^Undid the approval of draft ${draftId}`));
    expect(threadNotes().at(-1)).toMatch(/^Undone by Ben Moderator/);

    await approveConfirmed();
    rig.fixture.clock.advance(16 * 60_000);
    await rig.dispatch(button(MOD_BEN, `nb:undo-decision:${draftId}`, cardId));
    expect((await draft()).status).toBe('approved');
    expect(originalEdits().at(-1).content).toMatch(/older than 15 minutes and can no longer be undone/);
  });

  it('opens an edit modal pre-filled with the draft fields, without the contributor address', async () => {
    await open();
    await rig.dispatch(button(MOD_ANNA, `nb:edit:${draftId}`, cardId));
    const modal = lastCallback();
    expect(modal.type).toBe(9);
    expect(modal.data.custom_id).toBe(`nb:edit-form:${draftId}:1`);
    const values = Object.fromEntries(modal.data.components.map((r: any) => [r.components[0].custom_id, r.components[0].value]));
    expect(values).toEqual({ name: 'Nordic Cyber Stability Accord', launchYear: '2021', parties: `Nordic states @everyone @here <@&${IDS.otherRole}>`, signatories: 'Denmark\nFinland\nIceland\nNorway\nSweden', maintainer: 'Nordic Council ([e-mail address removed])' });
  });

  it('saves an edit from the modal, keeps the hidden address, and redraws the card', async () => {
    await open();
    await rig.dispatch(modalSubmit(MOD_ANNA, `nb:edit-form:${draftId}:1`, {
      name: 'Nordic Cyber Accord', launchYear: '2022', parties: 'Governments of the Nordic states',
      signatories: 'Denmark\nFinland\nIceland\nNorway\nSweden', maintainer: 'Nordic Council ([e-mail address removed])',
    }, cardId));
    expect(await draft()).toMatchObject({ version: 2, fields: { name: 'Nordic Cyber Accord', launchYear: 2022, maintainer: `Nordic Council (${CONTRIBUTOR_EMAIL})` } });
    expect(originalEdits().at(-1).content).toMatch(new RegExp(`^Edited draft ${draftId} \\(version 2\\)`));
    expect(cardEdits().at(-1).embeds[0].title).toBe(`Draft ${draftId}: Nordic Cyber Accord`);
  });

  it('edits norm elements and GGE norms in the second form, checked against the catalog', async () => {
    await open();
    await rig.dispatch(button(MOD_ANNA, `nb:edit-norms:${draftId}`, cardId));
    const modal = lastCallback();
    expect(modal.data.custom_id).toBe(`nb:norms-form:${draftId}:1`);
    expect(modal.data.components.map((r: any) => [r.components[0].custom_id, r.components[0].value])).toEqual([['elements', '2.1'], ['gge', '13f']]);
    await rig.dispatch(modalSubmit(MOD_ANNA, `nb:norms-form:${draftId}:1`, { elements: '2.1, 9.9', gge: '13f' }, cardId));
    expect(lastCallback()).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringMatching(/^Unknown norm element 9\\?\.9/) } });
    await rig.dispatch(modalSubmit(MOD_ANNA, `nb:norms-form:${draftId}:1`, { elements: '2.1 5.3', gge: '13a, 13f' }, cardId));
    const d = await draft();
    expect(d.fields.normElements.map((s) => [s.id, s.sentence])).toEqual([['2.1', 'The parties protect their critical infrastructure.'], ['5.3', 'set by a moderator']]);
    expect(d.fields.ggeNorms.map((s) => s.id)).toEqual(['13a', '13f']);
    expect(embedText(cardEdits().at(-1))).toContain('5.3');
  });

  it('refuses an edit with a malformed year and changes nothing', async () => {
    await open();
    await rig.dispatch(modalSubmit(MOD_ANNA, `nb:edit-form:${draftId}:1`, { name: 'Nordic Cyber Stability Accord', launchYear: 'soon' }, cardId));
    expect(lastCallback()).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringContaining('"soon" is not a year') } });
    expect((await draft()).version).toBe(1);
  });

  it('refuses, inside the save, an edit form opened before someone else edited the draft, naming them', async () => {
    await open();
    await rig.moderation.edit(draftId, { platform: 'slack', id: 'U0ALICE', name: 'Alice' }, { name: 'Renamed in Slack' });
    await rig.dispatch(modalSubmit(MOD_ANNA, `nb:edit-form:${draftId}:1`, { name: 'Nordic Cyber Stability Accord', launchYear: '2030' }, cardId));
    expect(originalEdits().at(-1).content).toBe(`Draft ${draftId} was edited by Alice while this form was open (the form shows version 1, the draft is at version 2). Nothing was saved; open the form again to see the current fields.`);
    expect((await draft()).fields).toMatchObject({ name: 'Renamed in Slack', launchYear: 2021 });
  });

  it('opens no form on a draft claimed by another moderator', async () => {
    await open();
    await rig.moderation.claim(draftId, { platform: 'discord', id: MOD_BEN.id, name: 'Ben Moderator' });
    for (const verb of ['edit', 'edit-norms', 'reject', 'merge', 'approve']) await rig.dispatch(button(MOD_ANNA, `nb:${verb}:${draftId}`, cardId));
    expect(callbacks().slice(-5).map((c) => [c.body.type, c.body.data.content.split(' until ')[0]])).toEqual(Array(5).fill([4, `Draft ${draftId} is being handled by Ben Moderator`]));
  });

  it('rejects a draft with the reason from the modal, and writes the reason in the thread', async () => {
    await open();
    await rig.dispatch(button(MOD_ANNA, `nb:reject:${draftId}`, cardId));
    expect(lastCallback()).toMatchObject({ type: 9, data: { custom_id: `nb:reject-form:${draftId}`, title: `Reject draft ${draftId}?` } });
    await rig.dispatch(modalSubmit(MOD_ANNA, `nb:reject-form:${draftId}`, { reason: 'Not a norms agreement' }, cardId));
    expect(await draft()).toMatchObject({ status: 'rejected', reason: 'Not a norms agreement' });
    expect(embedText(cardEdits().at(-1))).toContain('rejected by Anna Moderator');
    expect(threadNotes()).toEqual([expect.stringMatching(/rejected by Anna Moderator at .*: Not a norms agreement/)]);
  });

  it('offers likely agreements in a select menu and merges into the chosen one', async () => {
    await open();
    await rig.dispatch(button(MOD_ANNA, `nb:merge:${draftId}`, cardId));
    const menu = lastCallback();
    expect(menu).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(menu.data.content).toContain(`/desk merge draft:${draftId}`);
    const select = menu.data.components[0].components[0];
    expect(select.custom_id).toBe(`nb:merge-pick:${draftId}`);
    expect(select.options).toHaveLength(25);
    const target = select.options[3].value as string;
    await rig.dispatch(stringSelect(MOD_ANNA, `nb:merge-pick:${draftId}`, [target], '990000000000000001'));
    expect(await draft()).toMatchObject({ status: 'merged', agreementId: Number(target) });
    expect(originalEdits().at(-1)).toMatchObject({ components: [], content: expect.stringMatching(new RegExp(`^Merged draft ${draftId} into agreement ${target}`)) });
    expect(embedText(cardEdits().at(-1))).toContain(`merged into agreement ${target} by Anna Moderator`);
  });

  it('refuses a click from a non-moderator privately and changes nothing', async () => {
    await open();
    const before = rig.fake.calls.length;
    await rig.dispatch(button(MEMBER_CARL, `nb:approve:${draftId}`, cardId));
    const calls = rig.fake.calls.slice(before);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toMatchObject({ type: 4, data: { flags: 64, content: 'Only moderators can decide on drafts, so nothing was changed.' } });
    expect(await draft()).toMatchObject({ status: 'pending', version: 1 });
  });

  it('decides once when two moderators approve at the same moment, and tells the second who decided', async () => {
    await open();
    await rig.dispatchAll([button(MOD_ANNA, `nb:approve-yes:${draftId}`, '990000000000000001'), button(MOD_BEN, `nb:approve-yes:${draftId}`, '990000000000000002')]);
    const d = await draft();
    expect(d.status).toBe('approved');
    const notes = originalEdits().map((b) => b.content as string);
    expect(notes).toHaveLength(2);
    expect(notes.filter((n) => n.includes(`already approved by ${d.decidedBy!.name}`))).toHaveLength(1);
    const catalog = await rig.fixture.store.catalog.loadSnapshot();
    expect(catalog.agreements.filter((a) => a.name === 'Nordic Cyber Stability Accord')).toHaveLength(1);
  });

  it('refuses an unknown custom id privately', async () => {
    await open();
    await rig.dispatch(button(MOD_ANNA, 'nb:explode:1', cardId));
    await rig.dispatch(button(MOD_ANNA, 'someone-elses-button', cardId));
    expect(callbacks().map((c) => [c.body.type, c.body.data.flags, c.body.data.content])).toEqual(
      Array(2).fill([4, 64, 'I do not recognise this button or form (perhaps it is from an older version of the bot); nothing was changed.']),
    );
    expect((await draft()).status).toBe('pending');
  });

  it('redraws the card at the next repair when the draft was decided by another process', async () => {
    await open();
    const elsewhere = createModeration({ store: createModerationStore(rig.fixture.store), now: rig.fixture.clock.now });
    expect((await elsewhere.reject(draftId, { platform: 'slack', id: 'U0ALICE', name: 'Alice in Slack' }, 'Duplicate of the Paris Call')).ok).toBe(true);
    expect(cardEdits()).toHaveLength(0);
    expect(await rig.publisher.repair()).toBe(1);
    await rig.publisher.idle();
    const card = cardEdits().at(-1)!;
    expect(embedText(card)).toContain('rejected by Alice in Slack');
    expect(card.allowed_mentions).toEqual({ parse: [] });
  });

  it('tells a moderator who already decided when they click a stale card', async () => {
    await open();
    await rig.moderation.approve(draftId, { platform: 'terminal', id: 'op', name: 'Terminal Operator' });
    await rig.dispatch(button(MOD_BEN, `nb:edit:${draftId}`, cardId));
    expect(lastCallback()).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringContaining('already approved by Terminal Operator') } });
  });

  it('never sends the contributor e-mail address and never allows mentions', async () => {
    await open();
    await rig.dispatch(button(MOD_ANNA, `nb:edit:${draftId}`, cardId));
    await rig.dispatch(button(MOD_ANNA, `nb:merge:${draftId}`, cardId));
    await approveConfirmed();
    expect(JSON.stringify(rig.fake.calls)).not.toContain(CONTRIBUTOR_EMAIL);
    // modals are plain text inputs (no markdown, no mentions); every message must refuse to ping
    const bodies = rig.fake.messageBodies().filter((b) => !('custom_id' in b && 'title' in b));
    expect(bodies.length).toBeGreaterThan(3);
    for (const b of bodies) expect(b.allowed_mentions).toEqual({ parse: [] });
  });

  it('logs only the message and code when Discord refuses a card update, not the card it carried', async () => {
    await open();
    rig.fake.failNext('PATCH', /\/channels\/\d+\/messages\/\d+$/, 400, { message: 'Invalid Form Body', code: 50035 });
    await rig.moderation.claim(draftId, { platform: 'discord', id: MOD_ANNA.id, name: 'Anna Moderator' });
    await rig.publisher.idle();
    const failure = logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'card not drawn; the periodic repair will try again');
    expect(failure).toMatchObject({ platform: 'discord', tries: 1, code: 'CARD_CHANNEL_FAILED', err: expect.stringMatching(/HTTP 400 \(50035\)/) });
    expect(logs.join('\n')).not.toContain('Nordic');
  });

  it('shows contributor @everyone and role mentions as inert text on the card', async () => {
    await open();
    const card = rig.fake.calls.find((c) => c.method === 'POST' && c.path === `/api/v10/channels/${IDS.channel}/messages`)!.body;
    const text = embedText(card);
    expect(text).toContain('Nordic states');
    expect(text).not.toMatch(/@(everyone|here)/);
    expect(text).not.toMatch(/(^|[^\\])<@&/);
    expect(card.allowed_mentions).toEqual({ parse: [] });
  });
});
