import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { handleChatMessage } from '../../../src/core/chat/handle-chat-message.js';
import { moderationHelpReply } from '../../../src/core/chat/moderation-help-reply.js';
import { moderationResultReply } from '../../../src/core/chat/moderation-result-reply.js';
import { parseChatCommand } from '../../../src/core/chat/parse-chat-command.js';
import { runModerationCommand } from '../../../src/core/chat/run-moderation-command.js';
import type { Moderation } from '../../../src/core/moderation/moderation-port.js';
import { answerQuestion } from '../../../src/core/questions/answer-question.js';
import { aDraft } from '../../helpers/draft-builder.js';
import { aFakeModeration } from '../../helpers/fake-moderation.js';
import { loadCatalog } from '../../helpers/load-catalog.js';
import { anUnsortedItem } from '../../helpers/unsorted-builder.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const actor = { platform: 'terminal' as const, id: 'ann', name: 'Ann' };
const now = new Date('2026-11-23T10:00:00.000Z');
const run = (text: string, moderation: Moderation) => runModerationCommand(parseChatCommand(text)!, { moderation, catalog, now, actor });

describe('runModerationCommand', () => {
  it('answers help with every command, and a wrong command with what was wrong first, privately', () => {
    const help = moderationHelpReply();
    expect(help.text.split('\n')[0]).toBe('Moderation commands (anything else is answered as a question about the norms catalog):');
    expect(help.text).toContain('unsorted dismiss N <reason> - close it as not a contribution (the reason is kept)');
    expect(help.blocks).toEqual([
      { type: 'paragraph', text: 'Moderation commands (anything else is answered as a question about the norms catalog):' },
      { type: 'table', columns: ['Command', 'What it does'], rows: expect.arrayContaining([['approve N', 'add the draft to the catalog']]) },
    ]);
    expect(help).toMatchObject({ intent: 'help', ephemeral: false, agreements: [], norms: [] });
    const wrong = moderationHelpReply('Usage: approve N');
    expect(wrong.text.split('\n').slice(0, 3)).toEqual(['Usage: approve N', '', 'Moderation commands (anything else is answered as a question about the norms catalog):']);
    expect(wrong.blocks[0]).toEqual({ type: 'paragraph', text: 'Usage: approve N' });
    expect(wrong.ephemeral).toBe(true);
  });

  it('runs each draft verb on the draft it names, with the actor, and says it touched that draft', async () => {
    const cases: Array<[string, string, unknown[]]> = [
      ['approve 3', 'approve', [3, actor]],
      ['reject 3 out of scope', 'reject', [3, actor, 'out of scope']],
      ['claim 3', 'claim', [3, actor]],
      ['release 3 override', 'release', [3, actor, { override: true }]],
      ['release 3', 'release', [3, actor, { override: false }]],
      ['edit 3 year=2019', 'edit', [3, actor, { launchYear: 2019 }]],
    ];
    for (const [text, method, args] of cases) {
      const { moderation, calls } = aFakeModeration();
      const answer = await run(text, moderation);
      expect(calls.at(-1)).toEqual([method, ...args]);
      expect(answer.touched).toEqual({ kind: 'draft', id: 3 });
      const said: Record<string, string> = { approve: 'approved', reject: 'rejected', claim: 'claimed', release: 'released', edit: 'edited' };
      expect(answer.reply.blocks[0]).toEqual({ type: 'paragraph', text: said[method] });
    }
  });

  it('undoes a decision when the draft is decided, else the last edit', async () => {
    const decided = aFakeModeration({ getDraft: aDraft({ id: 3, status: 'approved' }) });
    expect((await run('undo 3', decided.moderation)).reply.blocks[0]).toEqual({ type: 'paragraph', text: 'undid the decision' });
    expect(decided.calls.map((c) => c[0])).toEqual(['getDraft', 'undoDecision']);
    const pending = aFakeModeration();
    await run('undo 3', pending.moderation);
    expect(pending.calls.map((c) => c[0])).toEqual(['getDraft', 'undoEdit']);
  });

  it('merges into the agreement named, or says why it cannot tell which', async () => {
    const paris = catalog.agreements.find((a) => /Paris Call/.test(a.name))!;
    const { moderation, calls } = aFakeModeration();
    await run('merge 3 paris call', moderation);
    expect(calls).toEqual([['merge', 3, actor, paris.id]]);
    const unknown = await run('merge 3 treaty of westphalia', moderation);
    expect(unknown).toEqual({ reply: expect.objectContaining({ intent: 'moderation-invalid', ephemeral: true, text: expect.stringMatching(/^No agreement in the catalog matches "treaty of westphalia"/) }), touched: null });
    expect(calls).toHaveLength(1);
  });

  it("edits by the README's field name, and answers an unknown field with a short notice, not the help", async () => {
    const { moderation, calls } = aFakeModeration();
    await run('edit 3 launchYear=2018', moderation);
    expect(calls).toEqual([['edit', 3, actor, { launchYear: 2018 }]]);
    const wrong = await run('edit 3 launch=2018', moderation);
    expect(wrong.reply).toMatchObject({ intent: 'moderation-invalid', text: expect.stringMatching(/^There is no field "launch"; the fields are name, year, /) });
    expect(wrong.reply.text).not.toContain('Moderation commands');
    expect(calls).toHaveLength(1);
  });

  it('refuses an edit the catalog cannot take, touching nothing', async () => {
    const { moderation, calls } = aFakeModeration();
    expect(await run('edit 3 elements=9.9', moderation)).toEqual({ reply: expect.objectContaining({ intent: 'moderation-invalid', text: 'Unknown norm element 9.9; use ids such as 2.1 (say "norms" to list them).' }), touched: null });
    expect(calls).toEqual([]);
  });

  it('lists drafts by status, all of them, and the digest with the queue', async () => {
    const { moderation, calls } = aFakeModeration();
    expect((await run('drafts', moderation)).reply.intent).toBe('draft-list');
    await run('drafts all', moderation);
    await run('drafts rejected', moderation);
    const digest = await run('digest', moderation);
    expect(calls).toEqual([['listDrafts', { status: 'pending' }], ['listDrafts', {}], ['listDrafts', { status: 'rejected' }], ['listDrafts', { status: 'pending' }], ['listUnsorted', { status: 'open' }]]);
    expect(digest.reply.text.split('\n')[0]).toMatch(/^Moderation digest: 1 pending draft, 1 mail needing a look/);
  });

  it('shows a draft or its history, or says it does not exist', async () => {
    const { moderation } = aFakeModeration({ timeline: [{ step: 'decision', at: '2026-11-23T09:00:00.000Z', actor, what: 'rejected: out of scope' }] });
    const shown = await run('show 7', moderation);
    expect(shown).toMatchObject({ reply: { intent: 'draft-card' }, touched: { kind: 'draft', id: 7 } });
    // chat's show carries the same history as the terminal's "normbot show"
    expect(shown.reply.text).toContain(`  decision  2026-11-23 09:00 UTC  ${actor.name} (${actor.platform})  rejected: out of scope`);
    expect(await run('history 7', moderation)).toMatchObject({ reply: { intent: 'draft-history' }, touched: { kind: 'draft', id: 7 } });
    const missing = aFakeModeration({ getDraft: null, timeline: [] });
    expect(await run('show 8', missing.moderation)).toEqual({ reply: expect.objectContaining({ intent: 'moderation-not-found', text: 'There is no draft 8; "drafts" lists the pending ones.' }), touched: null });
    expect(await run('history 8', missing.moderation)).toEqual({ reply: expect.objectContaining({ intent: 'moderation-not-found' }), touched: null });
  });

  it('confirms a coverage link with the agreement as the answer, or says why not', async () => {
    const agreement = catalog.agreements[0]!;
    const yes = aFakeModeration({ confirmCoverage: { ok: true, agreement, message: 'Confirmed.' } });
    expect((await run(`confirm ${agreement.id} 2.1 https://example.org`, yes.moderation)).reply).toEqual({ intent: 'coverage-confirmed', text: 'Confirmed.', blocks: [{ type: 'paragraph', text: 'Confirmed.' }], agreements: [{ id: String(agreement.id), name: agreement.name }], norms: [], ephemeral: false });
    expect(yes.calls).toEqual([['confirmCoverage', agreement.id, '2.1', actor, 'https://example.org']]);
    const no = aFakeModeration();
    expect((await run(`confirm ${agreement.id} 2.1`, no.moderation)).reply).toMatchObject({ intent: 'moderation-invalid', text: 'no link', ephemeral: true });
    expect(no.calls).toEqual([['confirmCoverage', agreement.id, '2.1', actor, undefined]]);
  });

  it('lists, shows, drafts and dismisses the "needs a look" queue, touching the item', async () => {
    const { moderation, calls } = aFakeModeration();
    expect((await run('unsorted', moderation)).reply.intent).toBe('unsorted-list');
    expect(await run('unsorted 3', moderation)).toMatchObject({ reply: { intent: 'unsorted-card' }, touched: { kind: 'unsorted', id: 3 } });
    const made = await run('unsorted draft 3', moderation);
    expect(made.touched).toEqual({ kind: 'unsorted', id: 3 });
    expect(made.reply.text.split('\n')[0]).toBe('made draft 9');
    expect(made.reply.blocks[0]).toEqual({ type: 'paragraph', text: 'made draft 9' });
    await run('unsorted dismiss 3 a newsletter', moderation);
    expect(calls).toEqual([['listUnsorted', { status: 'open' }], ['getUnsorted', 3], ['draftFromUnsorted', 3, actor], ['dismissUnsorted', 3, actor, 'a newsletter']]);
    const refused = aFakeModeration({ getUnsorted: null, dismissUnsorted: { ok: false, code: 'already-resolved', message: 'Item 3 was already dismissed.', item: anUnsortedItem() } });
    expect(await run('unsorted 4', refused.moderation)).toEqual({ reply: expect.objectContaining({ intent: 'moderation-not-found', text: 'There is no item 4; "unsorted" lists the open ones.' }), touched: null });
    expect(await run('unsorted dismiss 3 spam', refused.moderation)).toEqual({ reply: expect.objectContaining({ intent: 'moderation-already-resolved', text: 'Item 3 was already dismissed.', ephemeral: true }), touched: { kind: 'unsorted', id: 3 } });
  });
});

describe('moderationResultReply', () => {
  it('heads the updated card with what happened', () => {
    const reply = moderationResultReply({ ok: true, draft: aDraft({ id: 4 }), message: 'Approved draft 4.' }, catalog, now);
    expect(reply.text.split('\n').slice(0, 3)).toEqual(['Approved draft 4.', '', 'Draft 4: Nordic Cyber Stability Accord']);
    expect(reply.blocks[0]).toEqual({ type: 'paragraph', text: 'Approved draft 4.' });
    expect(reply).toMatchObject({ intent: 'draft-card', ephemeral: false });
  });

  it('says privately why nothing happened, with the decision when someone was first', () => {
    const decided = aDraft({ id: 4, status: 'rejected', decidedBy: actor, decidedAt: '2026-11-23T09:00:00.000Z', reason: 'dup' });
    expect(moderationResultReply({ ok: false, code: 'already-decided', message: 'Draft 4 was already rejected.', draft: decided })).toEqual({
      intent: 'moderation-already-decided',
      text: 'Draft 4 was already rejected.',
      blocks: [{ type: 'paragraph', text: 'Draft 4 was already rejected.' }, { type: 'note', text: 'Status: rejected by Ann at 2026-11-23 09:00 UTC: dup' }],
      agreements: [],
      norms: [],
      ephemeral: true,
    });
    expect(moderationResultReply({ ok: false, code: 'not-found', message: 'There is no draft 4.' }).blocks).toEqual([{ type: 'paragraph', text: 'There is no draft 4.' }]);
  });
});

describe('handleChatMessage', () => {
  const ask = (text: string, isModerator: boolean, moderation: Moderation | null = aFakeModeration().moderation) => handleChatMessage({ text, actor, isModerator }, { catalog, now, moderation });

  it('answers a question with the question engine, touching nothing', async () => {
    expect(await ask('which agreements cover botnets?', true)).toEqual({ reply: answerQuestion('which agreements cover botnets?', catalog, now), touched: null });
  });

  it('gives a member the question engine for help and stray slash words, without the slash', async () => {
    expect((await ask('/botnets', false)).reply).toEqual(answerQuestion('botnets', catalog, now));
    expect((await ask('!help', false)).reply).toEqual(answerQuestion('help', catalog, now));
    expect((await ask('approve 3 now', false)).reply).toEqual(answerQuestion('approve 3 now', catalog, now));
  });

  it('refuses a member a moderation command, and runs none', async () => {
    const { moderation, calls } = aFakeModeration();
    expect(await ask('approve 3', false, moderation)).toEqual({ reply: expect.objectContaining({ intent: 'moderation-not-moderator', ephemeral: true, text: expect.stringMatching(/^Only moderators can work on drafts, so nothing was changed/) }), touched: null });
    expect(calls).toEqual([]);
  });

  it('says where moderation is not available', async () => {
    expect((await ask('approve 3', true, null)).reply).toMatchObject({ intent: 'moderation-unavailable', text: expect.stringMatching(/^Moderation is not available here/) });
  });

  it('answers a moderator privately, even what would be public, saying what was touched', async () => {
    const answer = await ask('approve 3', true);
    expect(answer.reply.ephemeral).toBe(true);
    expect(answer.touched).toEqual({ kind: 'draft', id: 3 });
    expect((await ask('help', true)).reply).toMatchObject({ intent: 'help', ephemeral: true });
  });
});
