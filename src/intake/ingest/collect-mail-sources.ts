import fs from 'node:fs/promises';
import path from 'node:path';
import { isMbox, splitMbox } from './split-mbox.js';

export interface MailSource {
  /** file path, with "#n" for the n-th message of an mbox */
  origin: string;
  raw: Buffer;
}

export interface CollectResult {
  sources: MailSource[];
  /** paths that could not be read, with the reason */
  problems: Array<{ path: string; message: string }>;
}

const MAIL_FILE = /\.(eml|mbox)$/i;

async function listFiles(p: string, explicit: boolean): Promise<string[]> {
  const stat = await fs.stat(p);
  if (stat.isDirectory()) {
    const entries = (await fs.readdir(p)).sort();
    const nested = await Promise.all(entries.map((e) => listFiles(path.join(p, e), false)));
    return nested.flat();
  }
  // inside folders only mail files count; a file named on the command line is taken as it is
  return stat.isFile() && (explicit || MAIL_FILE.test(p) || path.basename(p) === 'mbox') ? [p] : [];
}

/** Every message under the given paths: .eml files, folders (recursively) and mbox files. */
export async function collectMailSources(paths: readonly string[]): Promise<CollectResult> {
  const sources: MailSource[] = [];
  const problems: CollectResult['problems'] = [];
  for (const p of paths) {
    let files: string[];
    try {
      files = await listFiles(p, true);
    } catch (error) {
      problems.push({ path: p, message: `cannot read (${(error as { code?: string }).code ?? 'error'}); check the path` });
      continue;
    }
    for (const file of files) {
      const raw = await fs.readFile(file);
      if (isMbox(raw)) splitMbox(raw).forEach((m, i) => sources.push({ origin: `${file}#${i + 1}`, raw: m }));
      else sources.push({ origin: file, raw });
    }
  }
  return { sources, problems };
}
