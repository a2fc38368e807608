import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { IngestDeps, IngestOutcome } from '../ingest/ingest-deps.js';
import { ingestMessage } from '../ingest/ingest-message.js';

export interface FolderWatcherSettings {
  /** data/inbox: drop .eml files in; they move to processed/ or failed/ after the commit */
  dir: string;
  scanMs?: number;
  /** a file younger than this may still be being written: it waits for the next scan */
  settleMs?: number;
}

export interface FolderWatcher {
  readonly ready: Promise<void>;
  /** one scan now; resolves when every settled file was handled */
  scan(): Promise<void>;
  stop(): Promise<void>;
}

// processed/ and failed/ are made when the watcher starts
async function moveInto(file: string, dir: string, rawId: number): Promise<void> {
  const base = path.basename(file);
  let target = path.join(dir, base);
  if (fs.existsSync(target)) target = path.join(dir, `${path.parse(base).name}-${rawId}${path.extname(base)}`);
  await fsp.rename(file, target);
}

/** The local inbox used when IMAP is not configured: fs.watch for speed, a periodic scan for safety. */
export function startFolderWatcher(settings: FolderWatcherSettings, deps: IngestDeps, onOutcome?: (o: IngestOutcome, file: string) => void): FolderWatcher {
  const { dir } = settings;
  const scanMs = settings.scanMs ?? 5_000;
  const settleMs = settings.settleMs ?? 300;
  const log = deps.logger.child({ watcher: 'folder' });
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();

  async function handle(name: string): Promise<void> {
    const file = path.join(dir, name);
    const stat = await fsp.stat(file).catch(() => null);
    if (!stat?.isFile()) return;
    if (Date.now() - stat.mtimeMs < settleMs) {
      setTimeout(() => void scan(), settleMs).unref();
      return;
    }
    const outcome = await ingestMessage(await fsp.readFile(file), `folder:${name}`, deps);
    onOutcome?.(outcome, name);
    // after the commit only; a 'retry' stays for the next scan
    if (outcome.status === 'failed') await moveInto(file, path.join(dir, 'failed'), outcome.rawId);
    else if (outcome.status !== 'retry') await moveInto(file, path.join(dir, 'processed'), outcome.rawId);
  }

  function scan(): Promise<void> {
    queue = queue.then(async () => {
      if (stopped) return;
      try {
        const names = (await fsp.readdir(dir)).filter((n) => n.toLowerCase().endsWith('.eml')).sort();
        for (const name of names) {
          if (stopped) break;
          await handle(name).catch((error: unknown) => log.error({ file: name, err: error instanceof Error ? error.message : String(error) }, 'inbox file not handled; retried at the next scan'));
        }
      } catch (error) {
        log.error({ err: error instanceof Error ? error.message : String(error) }, 'inbox scan failed');
      }
    });
    return queue;
  }

  fs.mkdirSync(path.join(dir, 'processed'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'failed'), { recursive: true });
  const watcher = fs.watch(dir, () => void scan());
  watcher.on('error', (error) => log.warn({ err: error.message }, 'fs.watch failed; the periodic scan continues'));
  const timer = setInterval(() => void scan(), scanMs);
  log.info({ dir }, 'watching the local inbox folder');
  const ready = scan();

  return {
    ready,
    scan,
    async stop() {
      stopped = true;
      watcher.close();
      clearInterval(timer);
      await queue;
    },
  };
}
