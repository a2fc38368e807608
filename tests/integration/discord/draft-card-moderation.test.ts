import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertDraft } from '../../helpers/draft-builder.js';
import { button, IDS, MEMBER_CARL, MOD_ANNA, MOD_BEN, modalSubmit, stringSelect } from './discord-payloads.js';
import { openDiscordRig, type DiscordRig } from './discord-rig.js';

const CONTRIBUTOR_EMAIL = 'ada.secret@example.org';

let rig: DiscordRig;
let draftId: number;
let cardId: string;

const callbacks = () => rig.fake.calls.filter((c) => c.path.endsWith('/callback'));
const lastCallback = () => callbacks().at(-1)!.body;
const followUps = () => rig.fake.calls.filter((c) => c.method === 'POST' && /^\/api\/v10\/webhooks\/\d+\/[^/]+$/.test(c.path)).map((c) => c.body);
const originalEdits = () => rig.fake.calls.filter((c) => c.method === 'PATCH' && c.path.endsWith('/messages/@original')).map((c) => c.body);
const cardEdits = () => rig.fake.calls.filter((c) => c.method === 'PATCH' && c.path === `/api/v10/channels/${IDS.channel}/messages/${cardId}`).map((c) => c.body);
const embedText = (body: any) => JSON.stringify(body.embeds ?? []);

beforeEach(async () => {
  rig = await openDiscordRig();
  draftId = await insertDraft(rig.fixture.store.db, {
    fields: { name: 'Nordic Cyber Stability Accord', maintainer: `Nordic Council (${CONTRIBUTOR_EMAIL})`, parties: `Nordic states @everyone @here <@&${IDS.otherRole}>` },
    contributor: { email: CONTRIBUTOR_EMAIL },
    evidence: { maintainer: { snippet: `write to ${CONTRIBUTOR_EMAIL}`, confidence: 0.8 } },
  });
  expect(await rig.bot.postDraftCard(draftId)).toBe('posted');
  cardId = (await rig.bot.deps.cardPosts.get(draftId))!.messageId;
});

afterEach(async () => {
  await rig.close();
});

describe('Discord draft cards', () => {
  it('posts the card to the moderators channel with the four actions and records where', async () => {
    const post = rig.fake.calls.find((c) => c.method === 'POST' && c.path === `/api/v10/channels/${IDS.channel}/messages`)!;
    expect(post.auth).toBe('Bot fake-bot-token-0000000000');
    expect(post.body.embeds[0].title).toBe(`Draft ${draftId}: Nordic Cyber Stability Accord`);
    expect(post.body.components[0].components.map((b: any) => [b.label, b.custom_id])).toEqual([
      ['Approve', `nb:approve:${draftId}`],
      ['Edit', `nb:edit:${draftId}`],
      ['Reject', `nb:reject:${draftId}`],
      ['Merge', `nb:merge:${draftId}`],
    ]);
    expect(await rig.bot.deps.cardPosts.get(draftId)).toMatchObject({ channelId: IDS.channel, messageId: cardId });
  });

  it('approves a draft into the catalog and shows who approved it on the card', async () => {
    await rig.dispatch(button(MOD_ANNA, `nb:approve:${draftId}`, cardId));
    expect(callbacks()[0]!.body).toEqual({ type: 6 });
    const draft = (await rig.fixture.moderation.getDraft(draftId))!;
    expect(draft).toMatchObject({ status: 'approved', decidedBy: { platform: 'discord', id: MOD_ANNA.id, name: 'Anna Moderator' } });
    const catalog = await rig.fixture.store.catalog.loadSnapshot();
    expect(catalog.agreementById.get(draft.agreementId!)?.name).toBe('Nordic Cyber Stability Accord');
    const edited = originalEdits().at(-1)!;
    expect(embedText(edited)).toContain('approved by Anna Moderator');
    expect(edited.components).toEqual([]);
    expect(followUps().at(-1)).toMatchObject({ flags: 64 });
    expect(followUps().at(-1).content).toContain(`agreement ${draft.agreementId}`);
  });

  it('opens an edit modal pre-filled with the draft fields, without the contributor address', async () => {
    await rig.dispatch(button(MOD_ANNA, `nb:edit:${draftId}`, cardId));
    const modal = lastCallback();
    expect(modal.type).toBe(9);
    expect(modal.data.custom_id).toBe(`nb:edit-form:${draftId}:1`);
    const values = Object.fromEntries(modal.data.components.map((r: any) => [r.components[0].custom_id, r.components[0].value]));
    expect(values.name).toBe('Nordic Cyber Stability Accord');
    expect(values.launchYear).toBe('2021');
    expect(values.maintainer).toBe('Nordic Council ([e-mail address removed])');
  });

  it('saves an edit from the modal and re-renders the card with the new name', async () => {
    await rig.dispatch(modalSubmit(MOD_ANNA, `nb:edit-form:${draftId}:1`, {
      name: 'Nordic Cyber Accord', launchYear: '2022', parties: 'Governments of the Nordic states',
      signatories: 'Denmark\nFinland\nIceland\nNorway\nSweden', maintainer: 'Nordic Council ([e-mail address removed])',
    }, cardId));
    const draft = (await rig.fixture.moderation.getDraft(draftId))!;
    expect(draft.fields).toMatchObject({ name: 'Nordic Cyber Accord', launchYear: 2022, maintainer: `Nordic Council (${CONTRIBUTOR_EMAIL})` });
    expect(draft.version).toBe(2);
    expect(lastCallback()).toEqual({ type: 6 });
    expect(originalEdits().at(-1).embeds[0].title).toBe(`Draft ${draftId}: Nordic Cyber Accord`);
  });

  it('refuses an edit with a malformed year and changes nothing', async () => {
    await rig.dispatch(modalSubmit(MOD_ANNA, `nb:edit-form:${draftId}:1`, { name: 'Nordic Cyber Stability Accord', launchYear: 'soon' }, cardId));
    expect(lastCallback()).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(lastCallback().data.content).toContain('is not a year');
    expect((await rig.fixture.moderation.getDraft(draftId))!.version).toBe(1);
  });

  it('refuses an edit form opened before someone else edited the draft', async () => {
    await rig.fixture.moderation.edit(draftId, { platform: 'slack', id: 'U0ALICE', name: 'Alice' }, { name: 'Renamed in Slack' });
    await rig.dispatch(modalSubmit(MOD_ANNA, `nb:edit-form:${draftId}:1`, { name: 'Nordic Cyber Stability Accord', launchYear: '2030' }, cardId));
    expect(lastCallback().data.content).toContain('edited by someone else');
    expect((await rig.fixture.moderation.getDraft(draftId))!.fields).toMatchObject({ name: 'Renamed in Slack', launchYear: 2021 });
  });

  it('rejects a draft with the reason from the modal', async () => {
    await rig.dispatch(button(MOD_ANNA, `nb:reject:${draftId}`, cardId));
    expect(lastCallback()).toMatchObject({ type: 9, data: { custom_id: `nb:reject-form:${draftId}` } });
    await rig.dispatch(modalSubmit(MOD_ANNA, `nb:reject-form:${draftId}`, { reason: 'Not a norms agreement' }, cardId));
    expect(await rig.fixture.moderation.getDraft(draftId)).toMatchObject({ status: 'rejected', reason: 'Not a norms agreement' });
    expect(embedText(originalEdits().at(-1))).toContain('rejected by Anna Moderator');
  });

  it('offers catalog agreements in a select menu and merges into the chosen one', async () => {
    await rig.dispatch(button(MOD_ANNA, `nb:merge:${draftId}`, cardId));
    expect(lastCallback()).toEqual({ type: 5, data: { flags: 64 } });
    const menu = originalEdits().at(-1);
    const select = menu.components[0].components[0];
    expect(select.custom_id).toBe(`nb:merge-pick:${draftId}`);
    expect(select.options.length).toBeGreaterThan(0);
    expect(select.options.length).toBeLessThanOrEqual(25);
    const target = select.options[0].value as string;

    await rig.dispatch(stringSelect(MOD_ANNA, `nb:merge-pick:${draftId}`, [target], '990000000000000001'));
    expect(await rig.fixture.moderation.getDraft(draftId)).toMatchObject({ status: 'merged', agreementId: Number(target) });
    expect(originalEdits().at(-1)).toMatchObject({ components: [] });
    // the menu was a private message: the channel card is edited separately
    expect(embedText(cardEdits().at(-1))).toContain(`merged into agreement ${target} by Anna Moderator`);
  });

  it('refuses a click from a non-moderator privately and changes nothing', async () => {
    const before = rig.fake.calls.length;
    await rig.dispatch(button(MEMBER_CARL, `nb:approve:${draftId}`, cardId));
    const calls = rig.fake.calls.slice(before);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(calls[0]!.body.data.content).toContain('Only moderators');
    expect(await rig.fixture.moderation.getDraft(draftId)).toMatchObject({ status: 'pending', version: 1 });
  });

  it('decides once when two moderators approve at the same moment, and tells the second who decided', async () => {
    const client = rig.bot.deps.client as unknown as { actions: { InteractionCreate: { handle(d: unknown): void } } };
    client.actions.InteractionCreate.handle(button(MOD_ANNA, `nb:approve:${draftId}`, cardId));
    client.actions.InteractionCreate.handle(button(MOD_BEN, `nb:approve:${draftId}`, cardId));
    await rig.bot.idle();
    const draft = (await rig.fixture.moderation.getDraft(draftId))!;
    expect(draft.status).toBe('approved');
    const winner = draft.decidedBy!.name;
    const notes = followUps().map((b) => b.content as string);
    expect(notes).toHaveLength(2);
    expect(notes.filter((n) => n.includes(`already approved by ${winner}`))).toHaveLength(1);
    const catalog = await rig.fixture.store.catalog.loadSnapshot();
    expect(catalog.agreements.filter((a) => a.name === 'Nordic Cyber Stability Accord')).toHaveLength(1);
  });

  it('refuses an unknown custom id privately', async () => {
    await rig.dispatch(button(MOD_ANNA, 'nb:explode:1', cardId));
    await rig.dispatch(button(MOD_ANNA, 'someone-elses-button', cardId));
    for (const c of callbacks()) {
      expect(c.body).toMatchObject({ type: 4, data: { flags: 64 } });
      expect(c.body.data.content).toContain('do not recognise');
    }
    expect(callbacks()).toHaveLength(2);
    expect((await rig.fixture.moderation.getDraft(draftId))!.status).toBe('pending');
  });

  it('updates the Discord card when the draft is decided elsewhere through the Moderation port', async () => {
    const slackUser = { platform: 'slack' as const, id: 'U0ALICE', name: 'Alice in Slack' };
    const result = await rig.fixture.moderation.reject(draftId, slackUser, 'Duplicate of the Paris Call');
    expect(result.ok).toBe(true);
    expect(await rig.bot.syncDraftCard(draftId)).toBe('updated');
    const card = cardEdits().at(-1)!;
    expect(embedText(card)).toContain('rejected by Alice in Slack');
    expect(card.components).toEqual([]);
    expect(card.allowed_mentions).toEqual({ parse: [] });
  });

  it('re-renders only stale cards and posts new ones in a bulk sync', async () => {
    const second = await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    expect(await rig.bot.syncDraftCards()).toEqual({ posted: 1, updated: 0 });
    await rig.fixture.moderation.approve(draftId, { platform: 'terminal', id: 'op', name: 'Terminal Operator' });
    expect(await rig.bot.syncDraftCards()).toEqual({ posted: 0, updated: 1 });
    expect(embedText(cardEdits().at(-1))).toContain('approved by Terminal Operator');
    expect(await rig.bot.syncDraftCards()).toEqual({ posted: 0, updated: 0 });
    expect((await rig.bot.deps.cardPosts.get(second))!.channelId).toBe(IDS.channel);
  });

  it('posts cards for waiting drafts as soon as the card sync starts', async () => {
    const second = await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    const stop = rig.bot.startCardSync(60_000);
    await rig.bot.idle();
    stop();
    expect(await rig.bot.deps.cardPosts.get(second)).toMatchObject({ channelId: IDS.channel });
  });

  it('tells a moderator who already decided when they click a stale card', async () => {
    await rig.fixture.moderation.approve(draftId, { platform: 'terminal', id: 'op', name: 'Terminal Operator' });
    await rig.dispatch(button(MOD_BEN, `nb:edit:${draftId}`, cardId));
    expect(lastCallback()).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(lastCallback().data.content).toContain('already approved by Terminal Operator');
  });

  it('never sends the contributor e-mail address and never allows mentions', async () => {
    await rig.dispatch(button(MOD_ANNA, `nb:edit:${draftId}`, cardId));
    await rig.dispatch(button(MOD_ANNA, `nb:merge:${draftId}`, cardId));
    await rig.dispatch(button(MOD_ANNA, `nb:approve:${draftId}`, cardId));
    expect(JSON.stringify(rig.fake.calls)).not.toContain(CONTRIBUTOR_EMAIL);
    // modals are plain text inputs (no markdown, no mentions); every message must refuse to ping
    const bodies = rig.fake.messageBodies().filter((b) => !('custom_id' in b && 'title' in b));
    expect(bodies.length).toBeGreaterThan(3);
    for (const b of bodies) expect(b.allowed_mentions).toEqual({ parse: [] });
  });

  it('logs only the message and code when Discord refuses a card update, not the card it carried', async () => {
    const logs = rig.captureLogs();
    rig.fake.failNext('PATCH', /\/channels\/\d+\/messages\/\d+$/, 400, { message: 'Invalid Form Body', code: 50035 });
    expect(await rig.bot.syncDraftCard(draftId)).toBe('failed');
    expect(logs.join('\n')).toMatch(/Invalid Form Body.*50035|50035.*Invalid Form Body/);
    expect(logs.join('\n')).not.toContain('Nordic');
  });

  it('logs only the message and code when Discord refuses a new card, not the card it carried', async () => {
    const second = await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    const logs = rig.captureLogs();
    rig.fake.failNext('POST', /\/channels\/\d+\/messages$/, 403, { message: 'Missing Access', code: 50001 });
    expect(await rig.bot.postDraftCard(second)).toBe('failed');
    expect(logs.join('\n')).toContain('Missing Access');
    expect(logs.join('\n')).not.toContain('Baltic');
  });

  it('shows contributor @everyone and role mentions as inert text on the card', async () => {
    const card = rig.fake.calls.find((c) => c.method === 'POST' && c.path === `/api/v10/channels/${IDS.channel}/messages`)!.body;
    const text = embedText(card);
    expect(text).toContain('Nordic states');
    expect(text).not.toMatch(/@(everyone|here)/);
    expect(text).not.toMatch(/(^|[^\\])<@&/);
    expect(card.allowed_mentions).toEqual({ parse: [] });
  });
});
