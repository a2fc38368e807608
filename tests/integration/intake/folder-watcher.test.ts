import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_INTERRUPTED_STARTS, MAX_PROCESSING_ERRORS } from '../../../src/intake/ingest/intake-limits.js';
import { recoverStoredMessages } from '../../../src/intake/ingest/recover-stored-messages.js';
import { startFolderWatcher, type FolderWatcher } from '../../../src/intake/mailbox/start-folder-watcher.js';
import { markProcessingStart, storeRawMessage } from '../../../src/store/intake-repository.js';
import { inspectRawMessage } from '../../../src/intake/ingest/inspect-raw-message.js';
import { parseEmail } from '../../../src/intake/parse/parse-email.js';
import { buildMail } from '../../unit/intake/ingest/build-mail.js';
import { openHarness, type Harness } from './ingest-harness.js';

let h: Harness;
let inbox: string;
let watcher: FolderWatcher | null = null;

beforeEach(async () => {
  h = await openHarness();
  inbox = path.join(h.dir, 'inbox');
  fs.mkdirSync(inbox);
});
afterEach(async () => {
  await watcher?.stop();
  watcher = null;
  await h.close();
});

async function waitFor(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
}

const ls = (sub: string) => fs.readdirSync(path.join(inbox, sub)).sort();

describe('local inbox folder', () => {
  it('ingests the files already there and moves them to processed/', async () => {
    fs.writeFileSync(path.join(inbox, 'a.eml'), buildMail());
    fs.utimesSync(path.join(inbox, 'a.eml'), new Date(0), new Date(0));
    watcher = startFolderWatcher({ dir: inbox, settleMs: 50 }, h.deps(parseEmail));
    await watcher.ready;
    expect(await h.count('SELECT count(*) n FROM drafts')).toBe(1);
    expect(ls('processed')).toEqual(['a.eml']);
    expect(fs.existsSync(path.join(inbox, 'a.eml'))).toBe(false);
  });

  it('notices a file dropped in while it runs', async () => {
    watcher = startFolderWatcher({ dir: inbox, scanMs: 60_000, settleMs: 50 }, h.deps(parseEmail));
    await watcher.ready;
    fs.writeFileSync(path.join(inbox, 'new.eml'), buildMail());
    await waitFor(() => fs.existsSync(path.join(inbox, 'processed', 'new.eml')));
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(1);
  });

  it('moves bad mail to failed/ with its error stored, and a second copy of a file is a duplicate', async () => {
    const raw = buildMail();
    fs.writeFileSync(path.join(inbox, 'bad.eml'), 'not a mail\n\nat all');
    fs.writeFileSync(path.join(inbox, 'one.eml'), raw);
    fs.writeFileSync(path.join(inbox, 'one-again.eml'), raw);
    for (const f of fs.readdirSync(inbox).filter((n) => n.endsWith('.eml'))) fs.utimesSync(path.join(inbox, f), new Date(0), new Date(0));
    watcher = startFolderWatcher({ dir: inbox, settleMs: 50 }, h.deps(parseEmail));
    await watcher.ready;
    expect(ls('failed')).toEqual(['bad.eml']);
    expect(ls('processed')).toEqual(['one-again.eml', 'one.eml']);
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(1);
    expect(await h.count(`SELECT count(*) n FROM raw_messages WHERE status = 'failed' AND error_code = 'MALFORMED_MIME'`)).toBe(1);
  });

  it('leaves a file whose processing crashed in place for the next scan', async () => {
    fs.writeFileSync(path.join(inbox, 'a.eml'), buildMail());
    fs.utimesSync(path.join(inbox, 'a.eml'), new Date(0), new Date(0));
    watcher = startFolderWatcher({ dir: inbox, settleMs: 50 }, h.deps(async () => Promise.reject(new Error('crash'))));
    await watcher.ready;
    expect(fs.existsSync(path.join(inbox, 'a.eml'))).toBe(true);
    await watcher.stop();
    watcher = startFolderWatcher({ dir: inbox, settleMs: 50 }, h.deps(parseEmail));
    await watcher.ready;
    expect(ls('processed')).toEqual(['a.eml']);
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(1);
  });

  it('moves a file to failed/ once its processing has failed the last time', async () => {
    fs.writeFileSync(path.join(inbox, 'a.eml'), buildMail());
    fs.utimesSync(path.join(inbox, 'a.eml'), new Date(0), new Date(0));
    watcher = startFolderWatcher({ dir: inbox, settleMs: 50 }, h.deps(async () => Promise.reject(new Error('crash'))));
    await watcher.ready;
    for (let i = 1; i < MAX_PROCESSING_ERRORS; i++) {
      expect(fs.existsSync(path.join(inbox, 'a.eml'))).toBe(true);
      await watcher.scan();
    }
    expect(ls('failed')).toEqual(['a.eml']);
    expect(ls('processed')).toEqual([]);
    expect(await h.count(`SELECT count(*) n FROM raw_messages WHERE status = 'failed' AND error_code = 'PROCESSING_FAILED'`)).toBe(1);
  });

  it('moves a file given up on at start (it killed the process every time) to failed/, not processed/', async () => {
    const raw = buildMail();
    fs.writeFileSync(path.join(inbox, 'poison.eml'), raw);
    fs.utimesSync(path.join(inbox, 'poison.eml'), new Date(0), new Date(0));
    // earlier runs stored it and died while processing it, MAX_INTERRUPTED_STARTS times
    const facts = inspectRawMessage(raw);
    const { row } = await storeRawMessage(h.store.db, { sha256: facts.sha256, contentSha256: facts.contentSha256, messageId: facts.messageId, origin: 'folder:poison.eml', raw, size: raw.length, status: 'stored' }, new Date());
    for (let i = 0; i < MAX_INTERRUPTED_STARTS; i++) await markProcessingStart(h.store.db, row.id);
    expect((await recoverStoredMessages(h.deps(parseEmail)))[0]).toMatchObject({ status: 'failed', error: { code: 'PROCESSING_KILLED' } });
    watcher = startFolderWatcher({ dir: inbox, settleMs: 50 }, h.deps(parseEmail));
    await watcher.ready;
    expect(ls('failed')).toEqual(['poison.eml']);
    expect(ls('processed')).toEqual([]);
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(0);
  });
});
