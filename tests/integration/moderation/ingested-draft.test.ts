import fs from 'node:fs/promises';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleChatMessage } from '../../../src/core/chat/handle-chat-message.js';
import { ingestMessage } from '../../../src/intake/ingest/ingest-message.js';
import { parseEmail } from '../../../src/intake/parse/parse-email.js';
import { alice, openModerationFixture, type ModerationFixture } from '../../helpers/moderation-fixture.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/mail');

/** From a real .eml through the real intake to a draft, then moderation: the path the bots take. */
describe('moderating an ingested contribution', () => {
  let fx: ModerationFixture;
  beforeEach(async () => {
    fx = await openModerationFixture();
  });
  afterEach(async () => fx.cleanup());

  const ingest = async (file: string): Promise<number> => {
    const raw = await fs.readFile(path.join(FIXTURES, file));
    const out = await ingestMessage(raw, `test:${file}`, {
      db: fx.store.db,
      parse: parseEmail,
      catalog: () => fx.store.catalog.loadSnapshot(),
      smtpFrom: 'normbot@bpf.example',
      logger: pino({ level: 'silent' }),
      now: fx.clock.now,
    });
    if (out.status !== 'processed' || out.draftIds[0] === undefined) throw new Error(`ingest of ${file} gave ${out.status}`);
    return out.draftIds[0];
  };

  const say = async (text: string, isModerator = true) =>
    handleChatMessage({ text, actor: alice, isModerator }, { catalog: await fx.store.catalog.loadSnapshot(), now: fx.clock.now(), moderation: fx.moderation });

  it('never names an anonymous contributor or shows their address on the card', async () => {
    const draftId = await ingest('anonymous-request.eml');
    const card = JSON.stringify(await say(`show ${draftId}`));
    expect(card).toContain('Christchurch Call');
    expect(card).not.toMatch(/Jordan|Blake|jblake@example\.net/);
  });

  it('tells the contributor the outcome at the address they wrote from, without naming them', async () => {
    const draftId = await ingest('anonymous-request.eml');
    await say(`reject ${draftId} already in the catalog`);
    const mail = await fx.store.db.get<{ to_address: string; body: string }>(`SELECT to_address, body FROM outbox WHERE dedupe_key = ?`, [`outcome:${draftId}`]);
    expect(mail?.to_address).toBe('jblake@example.net');
    expect(mail?.body).toContain('already in the catalog');
    expect(mail?.body).not.toContain('Jordan');
  });

  it('approves an ingested draft into the catalog with its parties read from the text', async () => {
    const draftId = await ingest('anonymous-request.eml');
    const result = await fx.moderation.approve(draftId, alice);
    if (!result.ok) throw new Error(result.message);
    const agreement = (await fx.store.catalog.loadSnapshot()).agreementById.get(result.draft.agreementId ?? -1);
    expect(agreement).toMatchObject({ name: 'Christchurch Call', year: 2019, partiesKinds: ['states', 'industry'] });
  });
});
