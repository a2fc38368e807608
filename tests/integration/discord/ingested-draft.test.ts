import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestMessage } from '../../../src/intake/ingest/ingest-message.js';
import { parseEmail } from '../../../src/intake/parse/parse-email.js';
import { silentLogger } from '../../../src/logger.js';
import { button, IDS, MEMBER_CARL, MOD_ANNA, slashNorms } from './discord-payloads.js';
import { openDiscordRig, type DiscordRig } from './discord-rig.js';

const EML = path.resolve(import.meta.dirname, '../../fixtures/mail/seed-aspi-inline.eml');

let rig: DiscordRig;
beforeEach(async () => {
  rig = await openDiscordRig();
});
afterEach(async () => {
  await rig.close();
});

describe('a contribution e-mail through Discord moderation', () => {
  it('ingests the mail, posts its cards, approves one from Discord and answers with it', async () => {
    const { store } = rig.fixture;
    const outcome = await ingestMessage(await fs.readFile(EML), 'test', {
      db: store.db,
      parse: parseEmail,
      catalog: () => store.catalog.loadSnapshot(),
      smtpFrom: 'normbot@bpf.example',
      logger: silentLogger(),
      now: rig.fixture.clock.now,
    });
    expect(outcome.status).toBe('processed');
    const draftIds = outcome.status === 'processed' ? outcome.draftIds : [];
    expect(draftIds.length).toBeGreaterThan(0);

    expect((await rig.bot.syncDraftCards()).posted).toBe(draftIds.length);
    const draftId = draftIds[0]!;
    const name = (await rig.fixture.moderation.getDraft(draftId))!.fields.name;
    await rig.dispatch(button(MOD_ANNA, `nb:approve:${draftId}`, (await rig.bot.deps.cardPosts.get(draftId))!.messageId));
    const draft = (await rig.fixture.moderation.getDraft(draftId))!;
    expect(draft.status).toBe('approved');

    await rig.dispatch(slashNorms(MEMBER_CARL, 'agreement', { name: String(draft.agreementId) }));
    const answer = rig.fake.calls.filter((c) => c.method === 'PATCH' && c.path.endsWith('/@original')).at(-1)!.body;
    expect(JSON.stringify(answer.embeds)).toContain(name.slice(0, 20));

    // the sender's address is kept for the reply mail only
    const payloads = JSON.stringify(rig.fake.calls);
    expect(payloads).not.toContain('barthogeveen');
    expect(payloads).not.toMatch(/@aspi\.org\.au/);
    expect(rig.fake.calls.filter((c) => c.path === `/api/v10/channels/${IDS.channel}/messages`)).toHaveLength(draftIds.length);
  });
});
