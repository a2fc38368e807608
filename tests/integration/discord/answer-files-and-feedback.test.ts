import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { decodePng } from '../../helpers/decode-png.js';
import type { RecordedCall } from '../../helpers/fake-discord-api.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { button, IDS, MEMBER_CARL, messageCreate, MOD_ANNA, slashDesk, slashNorms } from './discord-payloads.js';
import { openDiscordRig, type DiscordRig } from './discord-rig.js';

let rig: DiscordRig;
let catalog: CatalogSnapshot;
beforeEach(async () => {
  rig = await openDiscordRig();
  catalog = await rig.fixture.store.catalog.loadSnapshot();
});
afterEach(async () => {
  await rig.close();
});

const originalEdits = () => rig.fake.calls.filter((c) => c.method === 'PATCH' && c.path.endsWith('/messages/@original'));
const channelPosts = () => rig.fake.calls.filter((c) => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.path));
const callbacks = () => rig.fake.calls.filter((c) => c.path.endsWith('/callback'));
const pageText = (page: any) => JSON.stringify([page.content ?? '', ...(page.embeds ?? []).map((e: any) => [e.title, e.description, e.fields])]);
const buttonsOf = (call: RecordedCall | undefined): Array<{ custom_id: string; label: string }> => (call?.body.components ?? []).flatMap((row: any) => row.components);
const feedbackButtons = (call: RecordedCall | undefined) => buttonsOf(call).filter((b) => b.custom_id.startsWith('nb:feedback-'));

describe('Discord answers with files', () => {
  it("attaches the chart of an agreement's profile to the /norms answer as a PNG, whose text keeps the numbers", async () => {
    const paris = catalog.agreements.find((a) => /Paris Call/.test(a.name))!;
    await rig.dispatch(slashNorms(MEMBER_CARL, 'ask', { question: 'What does the Paris Call cover?' }));
    const [edit] = originalEdits();
    for (const c of paris.coverage) expect(pageText(edit!.body)).toContain(c.element);
    expect(edit!.files.map((f) => [f.name, f.type])).toEqual([[`normbot-profile-${paris.slug}.png`, 'image/png']]);
    expect(edit!.body.attachments).toEqual([{ id: '0', description: expect.stringContaining(`Profile of ${paris.name}`) }]);
    expect(decodePng(edit!.files[0]!.bytes).width).toBeGreaterThan(400);
  });

  it('attaches the chart to the reply to a mention', async () => {
    await rig.deliver(messageCreate(MEMBER_CARL, `<@${IDS.bot}> What does the Paris Call cover?`, true));
    const [reply] = channelPosts();
    expect(reply!.path).toBe(`/api/v10/channels/${IDS.channel}/messages`);
    expect(reply!.files).toHaveLength(1);
    expect(() => decodePng(reply!.files[0]!.bytes)).not.toThrow();
  });

  it('sends a text-only answer without attachments', async () => {
    await rig.dispatch(slashNorms(MEMBER_CARL, 'ask', { question: 'what is 2.5?' }));
    expect(originalEdits()[0]!.files).toEqual([]);
  });

  it("sends a moderator's export, asked in the channel, as an XLSX with every agreement to their DMs", async () => {
    await rig.deliver(messageCreate(MOD_ANNA, `<@${IDS.bot}> export xlsx`, true));
    expect(rig.fake.calls.find((c) => c.path === '/api/v10/users/@me/channels')!.body).toEqual({ recipient_id: MOD_ANNA.id });
    const [dm, ...others] = channelPosts();
    expect(others).toEqual([]);
    expect(dm!.path).not.toBe(`/api/v10/channels/${IDS.channel}/messages`);
    expect(dm!.files.map((f) => f.name)).toEqual([expect.stringMatching(/^normbot-catalog-\d{4}-\d{2}-\d{2}\.xlsx$/)]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(dm!.files[0]!.bytes as unknown as ArrayBuffer);
    const names = wb.getWorksheet('Agreements')!.getColumn(2).values.slice(2).map(String);
    expect(names.sort()).toEqual(catalog.agreements.map((a) => a.name).sort());
  });
});

describe('/desk export', () => {
  const workbookNames = async (bytes: Buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return wb.getWorksheet('Agreements')!.getColumn(2).values.slice(2).map(String);
  };

  it('gives a moderator the whole catalog as an XLSX attached to a reply only they see', async () => {
    await rig.dispatch(slashDesk(MOD_ANNA, 'export'));
    expect(callbacks()[0]!.body).toEqual({ type: 5, data: { flags: 64 } });
    const [edit] = originalEdits();
    expect(pageText(edit!.body)).toContain(`the whole catalog (${catalog.agreements.length} agreements) as XLSX`);
    expect(edit!.files.map((f) => f.name)).toEqual([`normbot-catalog-${rig.fixture.clock.now().toISOString().slice(0, 10)}.xlsx`]);
    expect((await workbookNames(edit!.files[0]!.bytes)).sort()).toEqual(catalog.agreements.map((a) => a.name).sort());
  });

  it('exports in the chosen format only the agreements added or changed since the chosen day', async () => {
    const draftId = await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    await rig.moderation.approve(draftId, { platform: 'terminal', id: 'op', name: 'Terminal Operator' });
    const { agreementId } = (await rig.moderation.getDraft(draftId))!;
    const today = rig.fixture.clock.now().toISOString().slice(0, 10);
    await rig.dispatch(slashDesk(MOD_ANNA, 'export', { format: 'json', since: today }));
    const [edit] = originalEdits();
    expect(pageText(edit!.body)).toContain(`changed since ${today} as JSON`);
    expect(edit!.files.map((f) => f.name)).toEqual([`normbot-catalog-since-${today}.json`]);
    const exported = JSON.parse(edit!.files[0]!.bytes.toString('utf8')) as { agreements: Array<{ id: number; name: string }> };
    expect(exported.agreements.map((a) => [a.id, a.name])).toEqual([[agreementId, 'Baltic Cyber Pledge']]);
  });

  it('answers a malformed day with the usage, and attaches nothing', async () => {
    await rig.dispatch(slashDesk(MOD_ANNA, 'export', { format: 'csv', since: '02/12/2026' }));
    const [edit] = originalEdits();
    // Discord shows the text with its markdown escapes removed
    expect(pageText(edit!.body).replace(/\\\\/g, '')).toContain('Usage: export [xlsx|csv|json] [since YYYY-MM-DD]');
    expect(edit!.files).toEqual([]);
  });

  it('refuses the export to a member without the moderator role, privately, and sends no file', async () => {
    await rig.dispatch(slashDesk(MEMBER_CARL, 'export', { format: 'csv' }));
    expect(callbacks()).toHaveLength(1);
    expect(callbacks()[0]!.body).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringMatching(/^Only moderators can use \/desk/) } });
    expect(rig.fake.calls.filter((c) => c.files.length > 0)).toEqual([]);
  });
});

describe('Discord follow-ups and feedback', () => {
  it('answers a follow-up in the same channel as a refinement of the answer before, and not in another channel', async () => {
    const since2018 = (catalog.agreementsByElement.get('1.1') ?? []).filter((a) => (a.year ?? 0) >= 2018);
    await rig.dispatch(slashNorms(MEMBER_CARL, 'ask', { question: 'Which agreements cover human rights?' }));
    await rig.dispatch(slashNorms(MEMBER_CARL, 'ask', { question: 'only since 2018' }));
    const followUp = pageText(originalEdits().at(-1)!.body);
    expect(followUp).toMatch(/Read as a follow-up to \\"Which agreements cover human rights\?\\"/);
    expect(catalog.agreements.filter((a) => followUp.includes(a.name)).map((a) => a.id).sort()).toEqual(since2018.map((a) => a.id).sort());
    await rig.deliver(messageCreate(MEMBER_CARL, 'only since 2018', false));
    expect(pageText(channelPosts().at(-1)!.body)).not.toMatch(/follow-up/);
  });

  it('puts 👍, 👎 and "That\'s wrong" under an answer; a click records the verdict on that answer in SQLite, privately acknowledged', async () => {
    await rig.dispatch(slashNorms(MEMBER_CARL, 'ask', { question: 'Which agreements cover botnets?' }));
    await rig.dispatch(slashNorms(MEMBER_CARL, 'ask', { question: 'What does the Paris Call cover?' }));
    const buttons = feedbackButtons(originalEdits()[0]);
    expect(buttons.map((b) => [b.custom_id.split(':')[1], b.label])).toEqual([
      ['feedback-up', '\u{1F44D}'],
      ['feedback-down', '\u{1F44E}'],
      ['feedback-wrong', "That's wrong"],
    ]);
    await rig.dispatch(button(MOD_ANNA, buttons[0]!.custom_id, '990000000000000009'));
    expect(await rig.fixture.store.feedback.list()).toEqual([
      expect.objectContaining({ verdict: 'up', platform: 'discord', actorId: MOD_ANNA.id, conversation: IDS.channel, question: 'Which agreements cover botnets?', context: [] }),
    ]);
    expect(callbacks().at(-1)!.body).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringMatching(/^Thanks, noted as helpful: "Which agreements cover botnets\?"/) } });
  });

  it('says there is nothing to rate when the answer is no longer known, and stores nothing', async () => {
    await rig.dispatch(button(MEMBER_CARL, 'nb:feedback-down:gone-1', '990000000000000009'));
    expect(await rig.fixture.store.feedback.list()).toEqual([]);
    expect(callbacks().at(-1)!.body).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringMatching(/no answer of mine in this conversation/) } });
  });
});
