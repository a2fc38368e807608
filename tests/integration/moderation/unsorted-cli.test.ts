import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.js';
import { ingestMessage } from '../../../src/intake/ingest/ingest-message.js';
import { parseEmail } from '../../../src/intake/parse/parse-email.js';
import { silentLogger } from '../../../src/logger.js';
import { openStore } from '../../../src/store/open-store.js';
import { captureCliIo } from '../../helpers/capture-cli-io.js';
import { makeTempDir } from '../../helpers/make-temp-dir.js';

const LETTER = path.resolve(import.meta.dirname, '../../fixtures/mail/unsorted-letter.eml');


describe('normbot unsorted', () => {
  let dbPath: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    const tmp = await makeTempDir('normbot-unsorted-cli-');
    cleanup = tmp.cleanup;
    dbPath = path.join(tmp.dir, 'bot.sqlite');
    const store = await openStore(dbPath);
    await ingestMessage(await fs.readFile(LETTER), 'test', { db: store.db, parse: parseEmail, catalog: () => store.catalog.loadSnapshot(), smtpFrom: 'bot@bpf.example', logger: silentLogger(), now: () => new Date() });
    await store.close();
  });
  afterEach(async () => cleanup());

  const env = { USER: 'operator-ann' };
  const cli = async (...argv: string[]) => {
    const io = captureCliIo({ env });
    const code = await runCli([...argv, '--db', dbPath], io);
    return { code, out: io.out(), err: io.err() };
  };

  it('lists id, subject, date and reason', async () => {
    const { code, out } = await cli('unsorted');
    expect(code).toBe(0);
    expect(out).toBe('1  Workshop on cyber diplomacy in West Africa  2026-11-24 09:15  not recognised as a contribution (no questionnaire content)\n');
  });

  it('lists as JSON, with the sender name and never the address', async () => {
    const { out } = await cli('unsorted', '--json');
    expect(JSON.parse(out)).toEqual([{ id: 1, subject: 'Workshop on cyber diplomacy in West Africa', date: '2026-11-24T09:15:00.000Z', reason: 'not recognised as a contribution (no questionnaire content)', from: 'Mireille Okafor', attachments: ['workshop-agenda.ics'] }]);
    expect(out).not.toContain('civic-example.org');
  });

  it('makes a draft of an item, which then shows in the drafts', async () => {
    const made = await cli('unsorted', 'draft', '1');
    expect(made).toMatchObject({ code: 0, out: 'Made draft 1 from item 1; complete it with Edit, then decide as usual.\n' });
    expect((await cli('drafts')).out).toContain('Untitled agreement from "Workshop on cyber diplomacy in West Africa"');
    expect((await cli('unsorted')).out).toBe('Nothing needs a look.\n');
    expect(await cli('unsorted', 'draft', '1')).toMatchObject({ code: 1, err: expect.stringMatching(/^normbot unsorted draft: Item 1 was already made into draft 1 by operator-ann at .* \[already-resolved\]\n$/) });
  });

  it('dismisses an item with its reason, and needs one', async () => {
    expect(await cli('unsorted', 'dismiss', '1')).toMatchObject({ code: 2, err: expect.stringContaining('give a reason with --reason') });
    const dismissed = await cli('unsorted', 'dismiss', '1', '--reason', 'an invitation', '--json');
    expect(JSON.parse(dismissed.out)).toMatchObject({ ok: true, item: { status: 'dismissed', resolution: 'an invitation', resolvedBy: { platform: 'terminal', name: 'operator-ann' } } });
  });

  it('refuses a malformed id or action with its usage', async () => {
    expect(await cli('unsorted', 'draft', 'x')).toMatchObject({ code: 2, err: expect.stringContaining('"x" is not an item id') });
    expect(await cli('unsorted', 'burn', '1')).toMatchObject({ code: 2, err: expect.stringContaining('unknown action "burn"') });
  });

  it('is part of the terminal chat too', async () => {
    const io = captureCliIo({ env, stdin: 'unsorted\nunsorted dismiss 1 a newsletter\n' });
    expect(await runCli(['chat', '--db', dbPath], io)).toBe(0);
    expect(io.out()).toContain('1 mail needs a look');
    expect(io.out()).toContain('Dismissed item 1 as not a contribution: a newsletter');
  });
});
