import { ApplicationCommandType } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Moderation } from '../../../src/core/moderation/moderation-port.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { autocompleteNorms, button, MEMBER_CARL, MOD_ANNA, slashDesk, slashNorms } from './discord-payloads.js';
import { openDiscordRig, type DiscordRig } from './discord-rig.js';

const SORRY = 'Something went wrong on my side and nothing was changed; please try again.';

let rig: DiscordRig;
let logs: string[];
beforeEach(async () => {
  rig = await openDiscordRig();
  logs = rig.captureLogs();
});
afterEach(async () => {
  await rig.close();
});

const callbacks = () => rig.fake.calls.filter((c) => c.path.endsWith('/callback')).map((c) => c.body);
const originalEdits = () => rig.fake.calls.filter((c) => c.method === 'PATCH' && c.path.endsWith('/messages/@original')).map((c) => c.body);
/** follow-up messages: POST to the interaction's webhook */
const followUps = () => rig.fake.calls.filter((c) => c.method === 'POST' && /\/webhooks\/\d+\/[^/]+$/.test(c.path)).map((c) => c.body);
const failures = () => logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'Discord interaction failed');

/** the store behind the catalog or a moderation step fails, as a locked or broken database would */
function failCatalog() {
  rig.bot.deps.loadCatalog = () => Promise.reject(new Error('database disk image is malformed'));
}
function failModeration(method: keyof Moderation) {
  const real = rig.bot.deps.moderation;
  rig.bot.deps.moderation = { ...real, [method]: () => Promise.reject(new Error('database is locked')) } as Moderation;
}

async function postedDraft(): Promise<number> {
  const id = await insertDraft(rig.fixture.store.db, { fields: { name: 'Failing Accord' } });
  await rig.publisher.repair();
  await rig.publisher.idle();
  return id;
}

describe('Discord when a handler fails', () => {
  it('replaces the "thinking..." of a deferred /norms question with the apology, in the same public reply', async () => {
    failCatalog();
    const ask = slashNorms(MEMBER_CARL, 'ask', { question: 'Which agreements cover botnets?' });
    await rig.dispatch(ask);
    expect(callbacks()).toEqual([{ type: 5, data: { flags: 0 } }]);
    expect(originalEdits()).toMatchObject([{ content: SORRY, embeds: [], components: [], allowed_mentions: { parse: [] } }]);
    expect(followUps()).toEqual([]);
    // the operator finds the failure by the interaction's id, at error level (pino's 50)
    expect(failures()).toMatchObject([{ level: 50, interactionId: ask.id, err: 'database disk image is malformed' }]);
  });

  it('edits the private deferred reply of /desk with the apology', async () => {
    failCatalog();
    await rig.dispatch(slashDesk(MOD_ANNA, 'drafts'));
    expect(callbacks()).toEqual([{ type: 5, data: { flags: 64 } }]);
    expect(originalEdits().map((b) => b.content)).toEqual([SORRY]);
    expect(followUps()).toEqual([]);
  });

  it('answers a click that failed before it was acknowledged with a private apology', async () => {
    const id = await postedDraft();
    failModeration('openForm');
    await rig.dispatch(button(MOD_ANNA, `nb:approve:${id}`, '990000000000000001'));
    expect(callbacks()).toMatchObject([{ type: 4, data: { content: SORRY, flags: 64, allowed_mentions: { parse: [] } } }]);
    expect(failures()).toMatchObject([{ level: 50, err: 'database is locked' }]);
  });

  it('keeps the message a deferred click came from and sends the apology as a private follow-up', async () => {
    const id = await postedDraft();
    failModeration('approve');
    await rig.dispatch(button(MOD_ANNA, `nb:approve-yes:${id}`, '990000000000000001'));
    expect(callbacks()).toEqual([{ type: 6 }]);
    expect(originalEdits()).toEqual([]);
    expect(followUps()).toMatchObject([{ content: SORRY, flags: 64, allowed_mentions: { parse: [] } }]);
  });

  it('edits the private "thinking..." of a click deferred with a reply into the apology', async () => {
    const id = await postedDraft();
    failModeration('undoDecision');
    await rig.dispatch(button(MOD_ANNA, `nb:undo-decision:${id}`, '990000000000000001'));
    expect(callbacks()).toEqual([{ type: 5, data: { flags: 64 } }]);
    expect(originalEdits()).toMatchObject([{ content: SORRY, embeds: [], components: [], allowed_mentions: { parse: [] } }]);
    expect(followUps()).toEqual([]);
  });

  it('sends nothing for a failed autocomplete (it cannot carry a message) and logs the failure', async () => {
    failCatalog();
    await rig.dispatch(autocompleteNorms(MEMBER_CARL, 'agreement', 'name', 'paris'));
    expect(callbacks()).toEqual([]);
    expect(failures()).toMatchObject([{ level: 50, err: 'database disk image is malformed' }]);
  });

  it('ignores an interaction it has no handler for (a user context-menu command): nothing is sent, and it is logged', async () => {
    const ask = slashNorms(MEMBER_CARL, 'ask', { question: 'x' });
    const target = ask.member!.user;
    await rig.dispatch({ ...ask, data: { id: '500000000000000009', name: 'Report user', type: ApplicationCommandType.User, target_id: target.id, resolved: { users: { [target.id]: target } } } });
    expect(callbacks()).toEqual([]);
    const lines = logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toMatchObject([{ level: 30, msg: 'ignored interaction type', interactionId: ask.id }]);
  });
});
