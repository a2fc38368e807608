import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFolderWatcher, type FolderWatcher } from '../../../src/intake/mailbox/start-folder-watcher.js';
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
});
