import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleChatMessage, type ChatMessage } from '../../../src/core/chat/handle-chat-message.js';
import { answerQuestion } from '../../../src/core/questions/answer-question.js';
import type { Actor } from '../../../src/core/moderation/draft.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { alice, openModerationFixture, type ModerationFixture } from '../../helpers/moderation-fixture.js';

const member: Actor = { platform: 'slack', id: 'U0MEMBER', name: 'Mallory' };

describe('moderation through handleChatMessage', () => {
  let fx: ModerationFixture;
  beforeEach(async () => {
    fx = await openModerationFixture();
  });
  afterEach(async () => fx.cleanup());

  const turn = async (text: string, actor: Actor = alice, isModerator = true) => {
    const message: ChatMessage = { text, actor, isModerator };
    return handleChatMessage(message, { catalog: await fx.store.catalog.loadSnapshot(), now: fx.clock.now(), moderation: fx.moderation });
  };
  const say = async (text: string, actor: Actor = alice, isModerator = true) => (await turn(text, actor, isModerator)).reply;

  it('refuses a non-moderator privately and leaves the draft pending', async () => {
    const draftId = await insertDraft(fx.store.db);
    const reply = await say(`approve ${draftId}`, member, false);
    expect(reply).toMatchObject({ ephemeral: true, intent: 'moderation-not-moderator' });
    expect((await fx.moderation.getDraft(draftId))?.status).toBe('pending');
  });

  it('refuses the drafts list to a non-moderator', async () => {
    await insertDraft(fx.store.db);
    const reply = await say('drafts', member, false);
    expect(reply.ephemeral).toBe(true);
    expect(reply.text).not.toContain('Nordic');
  });

  it('lists the queue for a moderator', async () => {
    await insertDraft(fx.store.db);
    expect((await say('drafts')).text).toContain('Nordic Cyber Stability Accord');
  });

  it('approves and answers with the updated card', async () => {
    const draftId = await insertDraft(fx.store.db);
    const reply = await say(`approve ${draftId}`);
    expect(reply.intent).toBe('draft-card');
    expect(reply.text).toContain('Status: approved by Alice');
  });

  it("shows in chat the draft with its history: the edit, the moderator who set the field, and the rejection with its reason", async () => {
    const draftId = await insertDraft(fx.store.db);
    const editedAt = fx.clock.now().toISOString();
    await say(`edit ${draftId} launchYear=2020`);
    fx.clock.advance(60_000);
    await say(`reject ${draftId} not a norms agreement`, { platform: 'discord', id: '77', name: 'Bob' });
    const reply = await say(`show ${draftId}`);
    const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
    expect(reply.text).toContain(`Year: 2020 (set by Alice (slack) at ${when(editedAt)})`);
    expect(reply.text).toContain(`  v2  ${when(editedAt)}  Alice (slack)  year: '2021' -> '2020'`);
    expect(reply.text).toContain(`  decision  ${when(new Date(Date.parse(editedAt) + 60_000).toISOString())}  Bob (discord)  rejected: not a norms agreement`);
  });

  it('tells the second moderator who approved first', async () => {
    const draftId = await insertDraft(fx.store.db);
    await say(`approve ${draftId}`);
    const reply = await say(`reject ${draftId} too late`, { platform: 'discord', id: '77', name: 'Bob' });
    expect(reply).toMatchObject({ ephemeral: true, intent: 'moderation-already-decided' });
    expect(reply.text).toContain('approved by Alice');
  });

  it('merges by a fuzzy agreement name', async () => {
    const draftId = await insertDraft(fx.store.db);
    const reply = await say(`merge ${draftId} paris call`);
    expect(reply.text).toMatch(/Merged draft \d+ into agreement \d+ "The Paris Call/);
  });

  it('edits with field=value and shows the change', async () => {
    const draftId = await insertDraft(fx.store.db);
    const reply = await say(`edit ${draftId} year=2019 elements=5.5`);
    expect(reply.text).toContain("year: '2021' -> '2019'");
    expect((await fx.moderation.getDraft(draftId))?.fields.normElements.map((e) => e.id)).toEqual(['5.5']);
  });

  it('says which draft a command touched, and none for a question', async () => {
    const draftId = await insertDraft(fx.store.db);
    expect((await turn(`approve ${draftId}`)).touched).toEqual({ kind: 'draft', id: draftId });
    expect((await turn(`show ${draftId}`)).touched).toEqual({ kind: 'draft', id: draftId });
    expect((await turn('which agreements cover botnets?')).touched).toBeNull();
    expect((await turn(`approve ${draftId}`, member, false)).touched).toBeNull();
  });

  it('undoes a decision with "undo N" while its window is open, then the last edit', async () => {
    const draftId = await insertDraft(fx.store.db);
    await say(`edit ${draftId} year=2019`);
    await say(`approve ${draftId}`);
    expect((await say(`undo ${draftId}`)).text).toMatch(new RegExp(`^Undid the approval of draft ${draftId} \\(agreement \\d+ "Nordic Cyber Stability Accord" taken out of the catalog\\); it is pending again\\.`));
    expect((await say(`undo ${draftId}`)).text).toMatch(new RegExp(`^Undid the last edit of draft ${draftId}: undo: back to version 1 \\(year: '2019' -> '2021'\\)`));
    expect(await fx.moderation.getDraft(draftId)).toMatchObject({ status: 'pending', fields: { launchYear: 2021 } });
  });

  it('answers an unknown command with help instead of failing', async () => {
    const reply = await say('/frobnicate 3');
    expect(reply).toMatchObject({ intent: 'help', ephemeral: true });
  });

  it('passes questions to the question engine', async () => {
    const catalog = await fx.store.catalog.loadSnapshot();
    const question = 'which agreements cover botnets?';
    expect(await turn(question)).toEqual({ reply: answerQuestion(question, catalog, fx.clock.now()), touched: null });
  });

  it('cites the contribution in answers once a draft is approved', async () => {
    const draftId = await insertDraft(fx.store.db, {
      fields: { name: 'Anti-Botnet Pledge of Ruritania', normElements: [{ id: '5.5', name: 'Botnets', sentence: 'Members take down botnets together.' }] },
    });
    await say(`approve ${draftId}`);
    const reply = await say('which agreements cover botnets?', member, false);
    expect(reply.agreements.map((a) => a.name)).toContain('Anti-Botnet Pledge of Ruritania');
    expect(JSON.stringify(reply.blocks)).toMatch(/contribution:\d+\/draft:\d+/);
  });
});

describe('handleChatMessage for members', () => {
  it('gives a member the question engine for an unknown slash word', async () => {
    const fx = await openModerationFixture();
    try {
      const catalog = await fx.store.catalog.loadSnapshot();
      const { reply } = await handleChatMessage({ text: '/botnets', actor: member, isModerator: false }, { catalog, now: fx.clock.now(), moderation: fx.moderation });
      expect(reply).toEqual(answerQuestion('botnets', catalog, fx.clock.now()));
    } finally {
      await fx.cleanup();
    }
  });

  it.each(['history of the Paris Call', 'drafts of norms on elections?'])('answers a member\'s question that starts like a command: %s', async (text) => {
    const fx = await openModerationFixture();
    try {
      const catalog = await fx.store.catalog.loadSnapshot();
      const { reply } = await handleChatMessage({ text, actor: member, isModerator: false }, { catalog, now: fx.clock.now(), moderation: fx.moderation });
      expect(reply.intent).not.toBe('moderation-not-moderator');
      expect(reply).toEqual(answerQuestion(text, catalog, fx.clock.now()));
    } finally {
      await fx.cleanup();
    }
  });
});
