import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { decodePng } from '../../helpers/decode-png.js';
import { LISTED_MOD, MEMBER, startSlackHarness, type SlackHarness } from './start-slack-harness.js';

let h: SlackHarness;
let catalog: CatalogSnapshot;
beforeEach(async () => {
  h = await startSlackHarness();
  catalog = await h.store.catalog.loadSnapshot();
});
afterEach(async () => {
  await h.close();
});

const mention = (text: string, ts: string, threadTs?: string) => ({
  type: 'app_mention', user: MEMBER, text: `<@UBOT> ${text}`, ts, channel: 'CASK', event_ts: ts, ...(threadTs ? { thread_ts: threadTs } : {}),
});
const dm = (text: string, user: string) => ({ type: 'message', channel_type: 'im', user, text, ts: '1700000200.000100', channel: `D${user}`, event_ts: '1700000200.000100' });
const agreementsIn = (text: string) => catalog.agreements.filter((a) => text.includes(a.name)).map((a) => a.id).sort((x, y) => x - y);
const buttonsOf = (call: { args: Record<string, unknown> } | undefined) =>
  (call?.args.blocks as Array<Record<string, any>>).filter((b) => b.type === 'actions').flatMap((b) => b.elements as Array<{ action_id: string; value: string; text: { text: string } }>);

/** The one file the bot uploaded: what it asked Slack for, the bytes it sent, and where it shared them. */
function uploaded() {
  const [asked] = h.fake.callsTo('files.getUploadURLExternal');
  const [completed] = h.fake.callsTo('files.completeUploadExternal');
  const files = completed?.args.files as Array<{ id: string; title: string }>;
  return { asked: asked?.args ?? {}, completed: completed?.args ?? {}, title: files[0]?.title, bytes: h.fake.uploads.get(files[0]!.id)!, completedSeq: completed!.seq };
}

describe('Slack answers with files', () => {
  it("uploads the chart of an agreement's profile as a PNG in the question's thread, after the answer, whose text keeps the numbers", async () => {
    const paris = catalog.agreements.find((a) => /Paris Call/.test(a.name))!;
    await h.event(mention('What does the Paris Call cover?', '1700000300.000100'), 'EvChart');
    const [post] = h.fake.callsTo('chat.postMessage');
    for (const c of paris.coverage) expect(String(post?.args.text)).toContain(c.element);
    const file = uploaded();
    expect(file.asked).toMatchObject({ filename: `normbot-profile-${paris.slug}.png` });
    expect(String(file.asked.alt_text)).toContain(`Profile of ${paris.name}`);
    expect(file.completed).toMatchObject({ channel_id: 'CASK', thread_ts: '1700000300.000100' });
    expect(file.title).toMatch(/Paris Call/);
    const png = decodePng(file.bytes);
    expect(png.width).toBeGreaterThan(400);
    expect(Number(file.asked.length)).toBe(file.bytes.length);
    expect(post!.seq).toBeLessThan(file.completedSeq);
  });

  it('sends the chart of a /norms answer, which only the asker sees, to the asker in a direct message', async () => {
    await h.slash('What does the Paris Call cover?');
    expect(h.fake.callsTo('response')[0]?.args).toMatchObject({ response_type: 'ephemeral' });
    expect(h.fake.callsTo('conversations.open')[0]?.args).toMatchObject({ users: MEMBER });
    const file = uploaded();
    expect(file.completed).toMatchObject({ channel_id: `D${MEMBER}`, initial_comment: expect.stringContaining('<#CASK>') });
    expect(file.completed).not.toHaveProperty('thread_ts');
    expect(() => decodePng(file.bytes)).not.toThrow();
  });

  it('uploads the chart into the channel when the asker shares a /norms answer there', async () => {
    await h.click('share_answer', 'What does the Paris Call cover?', MEMBER, { channel: 'CASK', ephemeral: true });
    expect(h.fake.callsTo('response').at(-1)?.args).toMatchObject({ response_type: 'in_channel' });
    expect(h.fake.callsTo('conversations.open')).toEqual([]);
    const file = uploaded();
    expect(file.completed).toMatchObject({ channel_id: 'CASK' });
    expect(() => decodePng(file.bytes)).not.toThrow();
  });

  it('answers a text-only question without uploading anything', async () => {
    await h.event(mention('what is 2.5?', '1700000300.000200'), 'EvNoChart');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(h.fake.attemptsAt('files.getUploadURLExternal')).toHaveLength(0);
  });

  it("gives a moderator's export as an XLSX file with every agreement, in their direct messages", async () => {
    await h.event(dm('export xlsx', LISTED_MOD), 'EvExport');
    const file = uploaded();
    expect(file.asked.filename).toMatch(/^normbot-catalog-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.completed).toMatchObject({ channel_id: `D${LISTED_MOD}` });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const names = wb.getWorksheet('Agreements')!.getColumn(2).values.slice(2).map(String);
    expect(names.sort()).toEqual(catalog.agreements.map((a) => a.name).sort());
  });

  it('refuses an export to a member, and uploads nothing', async () => {
    await h.event(dm('export xlsx', MEMBER), 'EvExportMember');
    expect(h.fake.attemptsAt('files.getUploadURLExternal')).toHaveLength(0);
  });

  it('keeps the answer when the upload fails, and logs it', async () => {
    h.fake.failNext('files.getUploadURLExternal', { error: 'not_allowed_token_type' }, 3);
    await h.event(mention('What does the Paris Call cover?', '1700000300.000300'), 'EvChartFails');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(h.logs).toContainEqual(expect.objectContaining({ msg: 'answer files not uploaded' }));
  });
});

describe('Slack follow-ups and feedback', () => {
  it('answers a follow-up in the same thread as a refinement of the answer before, and not in another thread', async () => {
    const since2018 = (catalog.agreementsByElement.get('1.1') ?? []).filter((a) => (a.year ?? 0) >= 2018).map((a) => a.id).sort((x, y) => x - y);
    await h.event(mention('Which agreements cover human rights?', '1700000400.000100'), 'EvQ1');
    await h.event(mention('only since 2018', '1700000400.000200', '1700000400.000100'), 'EvQ2');
    await h.event(mention('only since 2018', '1700000400.000300'), 'EvQ3');
    const [, followUp, elsewhere] = h.fake.callsTo('chat.postMessage');
    expect(followUp?.args.thread_ts).toBe('1700000400.000100');
    expect(agreementsIn(String(followUp?.args.text))).toEqual(since2018);
    expect(String(followUp?.args.text)).toMatch(/Read as a follow-up to "Which agreements cover human rights\?"/);
    expect(String(elsewhere?.args.text)).not.toMatch(/follow-up/);
  });

  it('puts 👍, 👎 and "That\'s wrong" under an answer; a click records the verdict on that answer in SQLite', async () => {
    await h.event(mention('Which agreements cover botnets?', '1700000500.000100'), 'EvF1');
    await h.event(mention('What does the Paris Call cover?', '1700000500.000200', '1700000500.000100'), 'EvF2');
    const [first] = h.fake.callsTo('chat.postMessage');
    const buttons = buttonsOf(first);
    expect(buttons.map((b) => [b.action_id, b.text.text])).toEqual([
      ['feedback-up', '\u{1F44D}'],
      ['feedback-down', '\u{1F44E}'],
      ['feedback-wrong', "That's wrong"],
    ]);
    await h.click('feedback-down', buttons[1]!.value, MEMBER, { channel: 'CASK', threadTs: '1700000500.000100' });
    const [stored] = await h.store.feedback.list();
    expect(stored).toMatchObject({ verdict: 'down', platform: 'slack', actorId: MEMBER, conversation: 'CASK:1700000500.000100', question: 'Which agreements cover botnets?', context: [] });
    expect(h.fake.callsTo('response').at(-1)?.args).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^Thanks, noted as not helpful: "Which agreements cover botnets\?"/) });
  });

  it("keeps each member's /norms questions in a conversation of their own, which only they see", async () => {
    await h.slash('Which agreements cover human rights?', MEMBER);
    await h.slash('only since 2018', LISTED_MOD);
    await h.slash('only since 2018', MEMBER);
    const [, other, own] = h.fake.callsTo('response');
    expect(String(other?.args.text)).not.toMatch(/follow-up/);
    expect(String(own?.args.text)).toMatch(/Read as a follow-up to "Which agreements cover human rights\?"/);
  });

  it('rates a /norms answer from its ephemeral message, in the asker\'s conversation in that channel', async () => {
    await h.slash('Which agreements cover botnets?');
    const turnId = buttonsOf(h.fake.callsTo('response')[0]).find((b) => b.action_id === 'feedback-wrong')!.value;
    await h.click('feedback-wrong', turnId, MEMBER, { channel: 'CASK', ephemeral: true });
    expect(await h.store.feedback.list()).toEqual([expect.objectContaining({ verdict: 'wrong', conversation: `CASK:${MEMBER}`, question: 'Which agreements cover botnets?' })]);
    expect(String(h.fake.callsTo('response').at(-1)?.args.text)).toMatch(/say what is wrong: reply "that's wrong, \.\.\." here/);
  });

  it('puts 👍, 👎 and "That\'s wrong" under an answer shared in the channel; a click there rates the shared answer', async () => {
    await h.slash('Which agreements cover botnets?');
    const share = buttonsOf(h.fake.callsTo('response')[0]).find((b) => b.action_id === 'share_answer')!;
    await h.click('share_answer', share.value, MEMBER, { channel: 'CASK', ephemeral: true });
    const shared = h.fake.callsTo('response').at(-1);
    expect(shared?.args).toMatchObject({ response_type: 'in_channel', text: expect.stringMatching(/^umember asked: Which agreements cover botnets\?/) });
    const buttons = buttonsOf(shared);
    expect(buttons.map((b) => [b.action_id, b.text.text])).toEqual([
      ['feedback-up', '\u{1F44D}'],
      ['feedback-down', '\u{1F44E}'],
      ['feedback-wrong', "That's wrong"],
    ]);
    // another member reads the shared answer in the channel and finds it helpful
    await h.click('feedback-up', buttons[0]!.value, LISTED_MOD, { channel: 'CASK' });
    expect(await h.store.feedback.list()).toEqual([
      expect.objectContaining({ verdict: 'up', platform: 'slack', actorId: LISTED_MOD, conversation: 'CASK', question: 'Which agreements cover botnets?', context: [] }),
    ]);
    expect(h.fake.callsTo('response').at(-1)?.args).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^Thanks, noted as helpful: "Which agreements cover botnets\?"/) });
  });

  it('shares a question as the asker saw it, not as a follow-up to an answer shared before it', async () => {
    await h.click('share_answer', 'Which agreements cover human rights?', MEMBER, { channel: 'CASK', ephemeral: true });
    await h.click('share_answer', 'only since 2018', LISTED_MOD, { channel: 'CASK', ephemeral: true });
    const [first, second] = h.fake.callsTo('response');
    expect(buttonsOf(first).map((b) => b.action_id)).toContain('feedback-up');
    expect(String(second?.args.text)).toMatch(/^umod1 asked: only since 2018/);
    expect(String(second?.args.text)).not.toMatch(/follow-up/);
  });

  it('says there is nothing to rate when the answer is no longer known, and stores nothing', async () => {
    await h.click('feedback-up', 'unknown-1', MEMBER, { channel: 'CASK', threadTs: '1700000600.000100' });
    expect(await h.store.feedback.list()).toEqual([]);
    expect(String(h.fake.callsTo('response').at(-1)?.args.text)).toMatch(/no answer of mine in this conversation/);
  });
});

describe('Slack acknowledgement', () => {
  it("acknowledges /norms before answering: Slack's request is answered while the question's work still waits", async () => {
    await h.close();
    h = await startSlackHarness({ processBeforeResponse: false });
    // the member check is the answer's first call to Slack: while it is held, no answer can be sent
    const held = h.fake.hold('usergroups.users.list');
    const acked = await h.slash('What does the Paris Call cover?');
    expect(acked.status).toBe(200);
    expect(h.fake.callsTo('response')).toEqual([]);
    held.release();
    await vi.waitFor(() => expect(h.fake.callsTo('response')).toHaveLength(1), { timeout: 10_000 });
    expect(String(h.fake.callsTo('response')[0]?.args.text)).toContain('Paris Call');
  });
});
