import fs from 'node:fs/promises';
import path from 'node:path';
import { UsageError, type CliIo } from '../cli-io.js';
import { buildExportFile, type ExportFile, type ExportFormat } from '../export/build-export-file.js';
import { openCliStore } from '../open-cli-store.js';
import { parseCommandArgs } from '../parse-command-args.js';

export const summary = 'export the catalog, its coverage links and the agreement x element matrix: --format csv|json|xlsx [--since DATE] [--out FILE]';
export const usage = 'normbot export --format csv|json|xlsx [--since YYYY-MM-DD] [--out FILE] [--db PATH]';

const FORMATS: readonly ExportFormat[] = ['csv', 'json', 'xlsx'];

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, { format: { type: 'string' }, out: { type: 'string' }, since: { type: 'string' } }, usage);
  const format = values.format as string | undefined;
  if (!FORMATS.includes(format as ExportFormat)) {
    throw new UsageError(`${format === undefined ? '--format is required' : `unknown format "${format}"`}; use --format csv, json or xlsx\nusage: ${usage}`);
  }
  const since = values.since as string | undefined;
  if (since !== undefined && !isIsoDay(since)) throw new UsageError(`--since takes a day as YYYY-MM-DD, not "${since}"\nusage: ${usage}`);
  const out = values.out as string | undefined;
  // a workbook is binary: it goes to a file, never into a terminal
  if (format === 'xlsx' && !out) throw new UsageError(`an xlsx export needs --out FILE.xlsx\nusage: ${usage}`);
  const store = await openCliStore(values.db as string | undefined, io);
  let file: ExportFile;
  try {
    const catalog = await store.catalog.loadSnapshot();
    const now = new Date();
    file = await buildExportFile({ catalog, format: format as ExportFormat, now, ...(since ? { since: { date: since, changed: await store.catalog.changedSince(since) } } : {}) });
  } finally {
    await store.close();
  }
  if (!out) {
    io.stdout(file.bytes.toString('utf8'));
    return 0;
  }
  const target = path.resolve(out);
  await fs.writeFile(target, file.bytes).catch((cause: unknown) => {
    throw new Error(`cannot write ${target}; check that its folder exists and is writable`, { cause });
  });
  io.stderr(`wrote ${file.count} agreements as ${format} to ${target}${since ? ` (entered the dataset or changed since ${since})` : ''}\n`);
  return 0;
}

function isIsoDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}
