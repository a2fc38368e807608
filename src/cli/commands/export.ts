import fs from 'node:fs/promises';
import path from 'node:path';
import { UsageError, type CliIo } from '../cli-io.js';
import { buildCatalogJson, buildCatalogTable } from '../export/build-catalog-export.js';
import { formatCsv } from '../export/format-csv.js';
import { openCliStore } from '../open-cli-store.js';
import { parseCommandArgs } from '../parse-command-args.js';

export const summary = 'export the catalog and the agreement x element coverage matrix: --format csv|json [--out FILE]';
export const usage = 'normbot export --format csv|json [--out FILE] [--db PATH]';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, { format: { type: 'string' }, out: { type: 'string' } }, usage);
  const format = values.format as string | undefined;
  if (format !== 'csv' && format !== 'json') {
    throw new UsageError(`${format === undefined ? '--format is required' : `unknown format "${format}"`}; use --format csv or --format json\nusage: ${usage}`);
  }
  const store = await openCliStore(values.db as string | undefined, io);
  let text: string;
  let count: number;
  try {
    const catalog = await store.catalog.loadSnapshot();
    count = catalog.agreements.length;
    text = format === 'csv' ? formatCsv(buildCatalogTable(catalog)) : `${JSON.stringify(buildCatalogJson(catalog), null, 2)}\n`;
  } finally {
    await store.close();
  }
  const out = values.out as string | undefined;
  if (!out) {
    io.stdout(text);
    return 0;
  }
  const file = path.resolve(out);
  await fs.writeFile(file, text, 'utf8').catch((cause: unknown) => {
    throw new Error(`cannot write ${file}; check that its folder exists and is writable`, { cause });
  });
  io.stderr(`wrote ${count} agreements as ${format} to ${file}\n`);
  return 0;
}
