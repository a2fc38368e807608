import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createModeration } from '../../../src/core/moderation/create-moderation.js';
import type { UnsortedMail } from '../../../src/core/unsorted/unsorted-item.js';
import type { ParseEmail } from '../../../src/intake/ingest/ingest-deps.js';
import { deskEventsOf } from '../../../src/intake/ingest/desk-events-of.js';
import { ingestMessage } from '../../../src/intake/ingest/ingest-message.js';
import { parseEmail } from '../../../src/intake/parse/parse-email.js';
import { createModerationStore } from '../../../src/store/moderation-store.js';
import { aParsedMessage, anAgreement } from '../../unit/intake/ingest/a-parsed-message.js';
import { buildMail } from '../../unit/intake/ingest/build-mail.js';
import { openHarness, type Harness } from './ingest-harness.js';

const MAIL = path.resolve(import.meta.dirname, '../../fixtures/mail');
const parseAs = (parsed = aParsedMessage()): ParseEmail => async () => parsed;

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.close();
});

const queue = () => createModeration({ store: createModerationStore(h.store), now: () => new Date() });

describe('nothing dropped silently: mail that becomes no draft needs a look', () => {
  it('holds a letter that is not a contribution, with its subject, the sender\'s name, first lines, attachments and why', async () => {
    const outcome = await ingestMessage(await fs.readFile(path.join(MAIL, 'unsorted-letter.eml')), 'test', h.deps(parseEmail));
    expect(outcome).toMatchObject({ status: 'processed', kind: 'other', draftIds: [], unsortedId: expect.any(Number) });
    const [item] = await queue().listUnsorted();
    expect(item).toMatchObject({
      status: 'open',
      reason: 'not recognised as a contribution (no questionnaire content)',
      payload: {
        kind: 'mail',
        subject: 'Workshop on cyber diplomacy in West Africa',
        senderName: 'Mireille Okafor',
        receivedAt: '2026-11-24T09:15:00.000Z',
        attachments: ['workshop-agenda.ics'],
      },
    });
    expect((item!.payload as UnsortedMail).firstLines.split('\n')).toEqual([
      'Dear colleagues,',
      'We are organising a workshop on cyber diplomacy in Accra next spring and would be glad',
      "to present the BPF's work there. Could someone from the forum join a panel?",
      'You can reach me at [e-mail address removed] or through our office.',
      'Best regards,',
      'Mireille Okafor',
    ]);
    expect(JSON.stringify(item)).not.toContain('civic-example.org');
    expect(deskEventsOf(outcome)).toEqual([{ type: 'created', subject: { kind: 'unsorted', id: item!.id } }]);
  });

  it('makes a draft, not a needs-a-look item, of a questionnaire whose agreement has no name (a moderator names it on the draft)', async () => {
    const parsed = aParsedMessage({ agreements: [anAgreement({ name: '  ', launchYear: 2019, catalogMatch: null })] });
    const outcome = await ingestMessage(buildMail(), 'test', h.deps(parseAs(parsed)));
    expect(outcome).toMatchObject({ status: 'processed', unsortedId: null, draftIds: [expect.any(Number)] });
    expect(await queue().listUnsorted()).toEqual([]);
  });

  it('holds a contribution in which no agreement was found, with one blank draft prefilled from the subject', async () => {
    const outcome = await ingestMessage(buildMail(), 'test', h.deps(parseAs(aParsedMessage({ agreements: [] }))));
    expect(outcome).toMatchObject({ draftIds: [] });
    const [item] = await queue().listUnsorted();
    expect(item!.reason).toBe('questionnaire content found, but no agreement in it');
    expect((item!.payload as UnsortedMail).prefill).toEqual([expect.objectContaining({ fields: expect.objectContaining({ name: 'Untitled agreement from "BPF Cybersecurity contribution" (name needed)' }), contributorLabel: 'Ada Lovelace, Analytical Engines Ltd' })]);
  });

  it('shows an anonymous sender as anonymous, and a sender with only an address as nameless', async () => {
    await ingestMessage(buildMail({ subject: 'one' }), 'test', h.deps(parseAs(aParsedMessage({ kind: 'other', agreements: [], subject: 'one', contributor: { name: null, affiliation: null, email: 'x@example.test', country: null, anonymous: true } }))));
    await ingestMessage(buildMail({ subject: 'two', from: 'someone@example.test' }), 'test', h.deps(parseAs(aParsedMessage({ kind: 'other', agreements: [], subject: 'two', contributor: { name: null, affiliation: null, email: 'someone@example.test', country: null, anonymous: false } }))));
    expect((await queue().listUnsorted()).map((i) => i.payload.senderName)).toEqual(['Anonymous contributor', '(no name given)']);
  });

  it('holds nothing for an auto-reply, a bounce, or a contribution that became drafts', async () => {
    for (const file of ['auto-submitted.eml', 'bounce-dsn.eml', 'corpus/D03-html-table.eml']) {
      const outcome = await ingestMessage(await fs.readFile(path.join(MAIL, file)), file, h.deps(parseEmail));
      expect(outcome).toMatchObject({ status: 'processed', unsortedId: null });
    }
    expect(await h.count('SELECT count(*) n FROM unsorted_items')).toBe(0);
  });

  it('holds a mail once, however often it is ingested', async () => {
    const raw = await fs.readFile(path.join(MAIL, 'unsorted-letter.eml'));
    await ingestMessage(raw, 'first', h.deps(parseEmail));
    await ingestMessage(raw, 'again', h.deps(parseEmail));
    expect(await h.count('SELECT count(*) n FROM unsorted_items')).toBe(1);
  });
});
