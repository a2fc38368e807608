import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { autocompleteDesk, autocompleteNorms, button, IDS, MEMBER_CARL, messageCreate, MOD_ANNA, slashDesk, slashNorms } from './discord-payloads.js';
import { openDiscordRig, type DiscordRig } from './discord-rig.js';

let rig: DiscordRig;
let catalog: CatalogSnapshot;

const callbacks = () => rig.fake.calls.filter((c) => c.path.endsWith('/callback'));
const lastCallback = () => callbacks().at(-1)!.body;
const originalEdits = () => rig.fake.calls.filter((c) => c.method === 'PATCH' && c.path.endsWith('/messages/@original')).map((c) => c.body);
/** what a page shows: title, descriptions and fields, as one string */
const pageText = (page: any) => JSON.stringify([page.content ?? '', ...(page.embeds ?? []).map((e: any) => [e.title, e.description, e.fields])]).replace(/\\\\/g, '');

beforeEach(async () => {
  rig = await openDiscordRig();
  catalog = await rig.fixture.store.catalog.loadSnapshot();
});
afterEach(async () => {
  await rig.close();
});

describe('/norms questions on Discord', () => {
  it('answers /norms ask through the core, deferred first, with the agreements and their count, in pages', async () => {
    const covering = catalog.agreementsByElement.get('2.1')!;
    await rig.dispatch(slashNorms(MEMBER_CARL, 'ask', { question: 'Which agreements cover critical infrastructure protection?' }));
    expect(callbacks()[0]!.body).toEqual({ type: 5, data: { flags: 0 } });
    const first = originalEdits().at(-1)!;
    expect(pageText(first)).toContain(`${covering.length} of the ${catalog.agreements.length} agreements in the catalog cover 2.1`);
    const nav = first.components.at(-1).components;
    expect(nav.map((b: any) => b.label)).toEqual(['\u25c0 Prev', '1/2', 'Next \u25b6']);
    await rig.dispatch(button(MEMBER_CARL, nav[2].custom_id, '990000000000000009'));
    const second = lastCallback();
    expect(second.type).toBe(7);
    expect(second.data.components.at(-1).components[1].label).toBe('2/2');
    // between them, the two pages name every covering agreement
    const both = pageText(first) + pageText(second.data);
    for (const a of covering) expect(both).toContain(a.name);
  });

  it('turns the pages only for the asker', async () => {
    await rig.dispatch(slashNorms(MEMBER_CARL, 'ask', { question: 'Which agreements cover critical infrastructure protection?' }));
    const next = originalEdits().at(-1)!.components.at(-1).components[2].custom_id as string;
    expect(next.endsWith(`:${MEMBER_CARL.id}`)).toBe(true);
    await rig.dispatch(button(MOD_ANNA, next, '990000000000000009'));
    expect(lastCallback()).toMatchObject({ type: 4, data: { flags: 64, content: 'Only the person who asked can turn these pages; ask the question yourself to get your own copy.' } });
  });

  it('asks the user to ask again when a page button outlived the cache', async () => {
    await rig.dispatch(button(MEMBER_CARL, `nb:page:unknownkey123:1:n:${MEMBER_CARL.id}`, '990000000000000009'));
    expect(lastCallback()).toMatchObject({ type: 4, data: { flags: 64, content: 'This answer is no longer in my memory; please ask the question again.' } });
  });

  it('autocompletes agreement names from the whole catalog, ranked by name, at most 25', async () => {
    await rig.dispatch(autocompleteNorms(MEMBER_CARL, 'agreement', 'name', 'paris'));
    expect(lastCallback()).toMatchObject({ type: 8 });
    expect(lastCallback().data.choices[0].name).toMatch(/^The Paris Call for Trust and Security in Cyberspace \(\d+\)$/);
    await rig.dispatch(autocompleteNorms(MEMBER_CARL, 'agreement', 'name', ''));
    expect(lastCallback().data.choices.map((c: any) => c.value)).toEqual(catalog.agreements.slice(0, 25).map((a) => String(a.id)));
  });

  it('autocompletes norm elements by synonym', async () => {
    await rig.dispatch(autocompleteNorms(MEMBER_CARL, 'element', 'name', 'critical infra'));
    expect(lastCallback().data.choices[0]).toEqual({ name: `2.1 ${catalog.elementById.get('2.1')!.name}`, value: '2.1' });
  });

  it('answers /norms agreement with what the chosen agreement covers', async () => {
    const paris = catalog.agreements.find((a) => /Paris Call/.test(a.name))!;
    await rig.dispatch(slashNorms(MEMBER_CARL, 'agreement', { name: String(paris.id) }));
    const text = pageText(originalEdits().at(-1));
    expect(text).toContain(paris.name);
    for (const c of paris.coverage) expect(text).toContain(c.element);
  });

  it('answers /norms element with the element and how many agreements cover it', async () => {
    const covering = catalog.agreementsByElement.get('2.5')!;
    await rig.dispatch(slashNorms(MEMBER_CARL, 'element', { name: '2.5' }));
    const text = pageText(originalEdits().at(-1));
    expect(text).toContain(catalog.elementById.get('2.5')!.description);
    expect(text).toContain(`${covering.length} of ${catalog.agreements.length} agreements`);
  });

  it('runs a moderation command typed into /norms ask privately, and the card follows', async () => {
    const draftId = await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    await rig.publisher.repair();
    await rig.publisher.idle();
    await rig.dispatch(slashNorms(MOD_ANNA, 'ask', { question: `approve ${draftId}` }));
    expect(callbacks()[0]!.body).toEqual({ type: 5, data: { flags: 64 } });
    expect((await rig.moderation.getDraft(draftId))!.status).toBe('approved');
    const card = rig.fake.calls.filter((c) => c.method === 'PATCH' && c.path.startsWith(`/api/v10/channels/${IDS.channel}/messages/`)).at(-1);
    expect(JSON.stringify(card!.body.embeds)).toContain('approved by Anna Moderator');
  });

  it('refuses a moderation command typed into /norms ask by a member, privately', async () => {
    const draftId = await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    await rig.dispatch(slashNorms(MEMBER_CARL, 'ask', { question: `approve ${draftId}` }));
    expect(callbacks()[0]!.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(originalEdits().at(-1).content).toMatch(/^Only moderators can work on drafts/);
    expect((await rig.moderation.getDraft(draftId))!.status).toBe('pending');
  });

  it('apologises when answering fails, without a stack trace, logging only the message and code', async () => {
    const logs = rig.captureLogs();
    rig.bot.deps.loadCatalog = () => Promise.reject(Object.assign(new Error('disk on fire'), { code: 'EIO', requestBody: { json: { content: 'contributor secret text' } } }));
    await rig.dispatch(slashNorms(MEMBER_CARL, 'ask', { question: 'what is 2.5?' }));
    expect(originalEdits().at(-1).content).toBe('Something went wrong on my side and nothing was changed; please try again.');
    expect(JSON.stringify(rig.fake.calls)).not.toContain('disk on fire');
    expect(logs.join('\n')).toMatch(/disk on fire.*EIO/);
    expect(logs.join('\n')).not.toContain('contributor secret text');
  });

  it('refuses an unknown subcommand privately', async () => {
    await rig.dispatch(slashNorms(MEMBER_CARL, 'explode'));
    expect(lastCallback()).toMatchObject({ type: 4, data: { flags: 64, content: 'I do not know that command; try /norms ask.' } });
  });
});

describe('/desk for moderators', () => {
  it('lists pending drafts privately for a moderator', async () => {
    await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    await rig.dispatch(slashDesk(MOD_ANNA, 'drafts'));
    expect(callbacks()[0]!.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(pageText(originalEdits().at(-1))).toContain('Baltic Cyber Pledge');
  });

  it('refuses /desk to a member without the moderator role', async () => {
    await rig.dispatch(slashDesk(MEMBER_CARL, 'drafts'));
    expect(callbacks()).toHaveLength(1);
    expect(lastCallback()).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringMatching(/^Only moderators can use \/desk/) } });
  });

  it('gives the digest on demand', async () => {
    const draftId = await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    await rig.dispatch(slashDesk(MOD_ANNA, 'digest'));
    expect(pageText(originalEdits().at(-1))).toContain(`#${draftId} Baltic Cyber Pledge`);
  });

  it('posts the daily digest to the moderators channel', async () => {
    const draftId = await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    expect(await rig.publisher.postDigest()).toEqual({ posted: true, drafts: 1, unsorted: 0 });
    const digest = rig.fake.calls.filter((c) => c.method === 'POST' && c.path === `/api/v10/channels/${IDS.channel}/messages`).at(-1)!.body;
    expect(pageText(digest)).toContain('Moderation digest: 1 pending draft, 0 mails needing a look');
    expect(pageText(digest)).toContain(`#${draftId} Baltic Cyber Pledge`);
  });

  it('finds the merge target anywhere in the catalog and merges into it', async () => {
    const draftId = await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    const last = catalog.agreements.at(-1)!;
    await rig.dispatch(autocompleteDesk(MOD_ANNA, last.name.slice(0, 14), draftId));
    expect(lastCallback().data.choices[0]).toMatchObject({ value: String(last.id) });
    await rig.dispatch(slashDesk(MOD_ANNA, 'merge', { draft: draftId, agreement: String(last.id) }));
    expect(await rig.moderation.getDraft(draftId)).toMatchObject({ status: 'merged', agreementId: last.id });
    expect(originalEdits().at(-1).content).toMatch(new RegExp(`^Merged draft ${draftId} into agreement ${last.id}`));
  });
});

describe('/desk mistakes', () => {
  it('tells a moderator privately that a /desk subcommand it does not know (an older registration) does nothing', async () => {
    await rig.dispatch(slashDesk(MOD_ANNA, 'explode'));
    expect(callbacks()).toHaveLength(1);
    expect(lastCallback()).toMatchObject({ type: 4, data: { flags: 64, content: 'I do not know that command; try /desk drafts.' } });
  });

  it('asks for an agreement chosen from the list when the merge target was typed, and merges nothing', async () => {
    const draftId = await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    await rig.dispatch(slashDesk(MOD_ANNA, 'merge', { draft: draftId, agreement: 'Paris Call' }));
    expect(originalEdits().at(-1).content).toBe('Choose the agreement from the list that appears as you type its name.');
    expect(await rig.moderation.getDraft(draftId)).toMatchObject({ status: 'pending', agreementId: null });
  });
});

describe('mentions and direct messages (no Message Content intent needed)', () => {
  const sent = () => rig.fake.calls.filter((c) => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.path));

  it('answers a mention in a channel as a reply that pings nobody, with the agreements', async () => {
    const covering = catalog.agreementsByElement.get('2.1')!;
    await rig.deliver(messageCreate(MEMBER_CARL, `<@${IDS.bot}> which agreements cover critical infrastructure protection?`, true));
    const [reply] = sent();
    expect(reply!.body.message_reference).toMatchObject({ message_id: expect.any(String) });
    expect(pageText(reply!.body)).toContain(`${covering.length} of the ${catalog.agreements.length} agreements in the catalog cover 2.1`);
    expect(reply!.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('apologises in a reply that pings nobody when answering a mention fails, and logs no payload', async () => {
    const logs = rig.captureLogs();
    rig.bot.deps.loadCatalog = () => Promise.reject(Object.assign(new Error('disk on fire'), { code: 'EIO', requestBody: { json: { content: 'contributor secret text' } } }));
    await rig.deliver(messageCreate(MEMBER_CARL, `<@${IDS.bot}> what is 2.5?`, true));
    const [reply, ...others] = sent();
    expect(others).toEqual([]);
    expect(reply!.body.content).toBe('Something went wrong answering that; the moderators have been told in the logs.');
    expect(reply!.body.allowed_mentions).toMatchObject({ parse: [] });
    expect(logs.join('\n')).toMatch(/disk on fire.*EIO/);
    expect(logs.join('\n')).not.toContain('contributor secret text');
  });

  it('ignores channel messages that do not mention the bot, and bots', async () => {
    await rig.deliver(messageCreate(MEMBER_CARL, 'which agreements cover critical infrastructure protection?', true));
    await rig.deliver(messageCreate({ ...MEMBER_CARL, bot: true }, `<@${IDS.bot}> drafts`, true));
    expect(sent()).toEqual([]);
  });

  it('answers a direct message', async () => {
    await rig.deliver(messageCreate(MEMBER_CARL, 'what is 2.5?', false));
    expect(sent()).toHaveLength(1);
    expect(pageText(sent()[0]!.body)).toContain(catalog.elementById.get('2.5')!.description);
  });

  it("sends a refusal for a member's typed command to their DMs, not the channel", async () => {
    const draftId = await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    await rig.deliver(messageCreate(MEMBER_CARL, `<@${IDS.bot}> approve ${draftId}`, true));
    expect(rig.fake.calls.find((c) => c.path === '/api/v10/users/@me/channels')!.body).toEqual({ recipient_id: MEMBER_CARL.id });
    const [dm, ...others] = sent();
    expect(others).toEqual([]);
    expect(dm!.path).toBe('/api/v10/channels/100000000000000077/messages');
    expect(dm!.body.content).toMatch(/^Only moderators can work on drafts/);
    expect((await rig.moderation.getDraft(draftId))!.status).toBe('pending');
  });

  it("runs a moderator's typed command, and the card follows", async () => {
    const draftId = await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    await rig.publisher.repair();
    await rig.publisher.idle();
    await rig.deliver(messageCreate(MOD_ANNA, `<@${IDS.bot}> reject ${draftId} out of scope`, true));
    expect(await rig.moderation.getDraft(draftId)).toMatchObject({ status: 'rejected', reason: 'out of scope' });
    const card = rig.fake.calls.filter((c) => c.method === 'PATCH' && c.path.startsWith(`/api/v10/channels/${IDS.channel}/messages/`)).at(-1);
    expect(JSON.stringify(card!.body.embeds)).toContain('rejected by Anna Moderator');
  });
});
