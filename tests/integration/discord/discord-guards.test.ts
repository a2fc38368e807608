import { insertDraft } from '../../helpers/draft-builder.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autocompleteNorms, IDS, MEMBER_CARL, messageCreate, modalSubmit, MOD_ANNA, slashDesk, slashNorms } from './discord-payloads.js';
import { openDiscordRig, type DiscordRig } from './discord-rig.js';

let rig: DiscordRig;
let logs: string[];
beforeEach(async () => {
  rig = await openDiscordRig();
  logs = rig.captureLogs();
});
afterEach(async () => {
  await rig.close();
});

const lastCallback = () => rig.fake.calls.filter((c) => c.path.endsWith('/callback')).at(-1)!.body;
const logged = (msg: string) => logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === msg);

describe('Discord guards and what they say', () => {
  it('starts without warnings when the moderator role is set and the moderators channel is visible', () => {
    expect(rig.bot.warnings).toEqual([]);
  });

  it('offers no choices while typing an option that is neither an agreement nor an element (/norms ask)', async () => {
    await rig.dispatch(autocompleteNorms(MEMBER_CARL, 'ask', 'question', 'critical infrastructure'));
    expect(lastCallback()).toEqual({ type: 8, data: { choices: [] } });
  });

  it('offers norm elements, not agreements, for /norms element', async () => {
    await rig.dispatch(autocompleteNorms(MEMBER_CARL, 'element', 'name', '2.1'));
    const choices = lastCallback().data.choices as Array<{ name: string; value: string }>;
    expect(choices[0]).toMatchObject({ value: '2.1', name: expect.stringMatching(/^2\.1 /) });
  });

  it('logs an unknown /norms subcommand as a warning with who typed it and what', async () => {
    await rig.dispatch(slashNorms(MEMBER_CARL, 'explode'));
    expect(logged('unknown /norms subcommand')).toMatchObject([{ level: 40, userId: MEMBER_CARL.id, sub: 'explode' }]);
  });

  it('logs a member refused /desk with who and which command', async () => {
    await rig.dispatch(slashDesk(MEMBER_CARL, 'digest'));
    expect(logged('refused: not a moderator')).toMatchObject([{ level: 30, userId: MEMBER_CARL.id, command: 'digest' }]);
  });

  it('says there is no such draft when an edit form is submitted for a draft that does not exist', async () => {
    await rig.dispatch(modalSubmit(MOD_ANNA, 'nb:edit-form:999:1', { name: 'Ghost Accord' }, '990000000000000001'));
    expect(lastCallback()).toMatchObject({ type: 4, data: { flags: 64, content: 'There is no draft 999; nothing was changed.' } });
  });

  it('logs a warning naming the message when even the apology for a failed mention cannot be sent', async () => {
    rig.bot.deps.loadCatalog = () => Promise.reject(new Error('disk on fire'));
    rig.fake.failNext('POST', new RegExp(`/channels/${IDS.channel}/messages$`), 403, { message: 'Missing Permissions', code: 50013 });
    const mention = messageCreate(MEMBER_CARL, `<@${IDS.bot}> what is 2.5?`, true);
    await rig.deliver(mention);
    expect(logged('answering a Discord message failed')).toMatchObject([{ level: 50, messageId: mention.id, err: 'disk on fire' }]);
    expect(logged('apology not sent')).toMatchObject([{ level: 40, messageId: mention.id, err: 'Missing Permissions', code: 50013 }]);
  });

  it("answers a member's refused typed command in the DM it was typed in, as a reply there", async () => {
    const draftId = await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    const typed = messageCreate(MEMBER_CARL, `approve ${draftId}`, false);
    await rig.deliver(typed);
    expect(rig.fake.calls.filter((c) => c.path === '/api/v10/users/@me/channels')).toEqual([]);
    const posts = rig.fake.calls.filter((c) => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.path));
    expect(posts.map((p) => ({ path: p.path, content: p.body.content, repliesTo: p.body.message_reference?.message_id }))).toEqual([
      { path: `/api/v10/channels/${IDS.dm}/messages`, content: expect.stringMatching(/^Only moderators can work on drafts/), repliesTo: typed.id },
    ]);
  });

  it("still answers when the answer's files cannot be built, and logs why", async () => {
    rig.bot.deps.answers = { ...rig.bot.deps.answers, files: () => Promise.reject(new Error('chart worker crashed')) };
    await rig.dispatch(slashNorms(MEMBER_CARL, 'agreement', { name: 'Paris Call' }));
    const edit = rig.fake.calls.filter((c) => c.method === 'PATCH' && c.path.endsWith('/messages/@original')).at(-1)!;
    expect(JSON.stringify(edit.body)).toContain('Paris Call');
    expect(edit.files).toEqual([]);
    expect(logged('answer files not built')).toMatchObject([{ level: 40, intent: expect.any(String), err: 'chart worker crashed' }]);
  });
});
