import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMailIntake } from '../../../src/intake/mailbox/start-mail-intake.js';
import { parseEmail } from '../../../src/intake/parse/parse-email.js';
import { sharedExtractorPool } from '../../../src/intake/parse/worker/shared-extractor-pool.js';
import { mailWithPdf, makePdfBomb } from '../../helpers/make-pdf-bomb.js';
import { captureLogger, openHarness, type Harness } from './ingest-harness.js';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.close();
});

async function waitFor(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('timed out');
}

describe('stopping the intake during a document extraction', () => {
  it('ends the extraction and leaves the message stored, unprocessed, for the next start', async () => {
    const inboxDir = path.join(h.dir, 'inbox');
    fs.mkdirSync(inboxDir);
    // 40 pages of no-op transforms: reading it takes far longer than the stop
    const slow = makePdfBomb({ unit: '1 0 0 1 0 0 cm\n', repeat: 300_000, copies: 1, pages: 40 });
    fs.writeFileSync(path.join(inboxDir, 'slow.eml'), mailWithPdf('slow.pdf', slow));
    fs.utimesSync(path.join(inboxDir, 'slow.eml'), new Date(0), new Date(0));
    const intake = await startMailIntake({ config: { imap: null, smtp: null, inboxDir }, store: h.store, parse: parseEmail, logger: captureLogger(h.logs) });
    // stored first, then parsed: once the row is there, the extraction is under way
    await waitFor(async () => (await h.count(`SELECT count(*) n FROM raw_messages WHERE status = 'stored'`)) === 1);

    // what main.ts does on SIGTERM
    await Promise.all([intake.stop(), sharedExtractorPool.stop()]);

    expect(await h.count(`SELECT count(*) n FROM raw_messages WHERE status = 'stored' AND attempts = 1`)).toBe(1);
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(0);
    expect(fs.readdirSync(inboxDir).filter((f) => f.endsWith('.eml'))).toEqual(['slow.eml']);
    expect(h.logs.join('\n')).toContain('document extraction stopped: normbot is stopping');
  });
});
