import { buildCatalogSnapshot, type CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import { enteredWithin } from '../../core/catalog/dataset-entry.js';
import { buildCatalogJson, buildCatalogTable } from './build-catalog-export.js';
import { buildCatalogWorkbook } from './build-catalog-workbook.js';
import { formatCsv } from './format-csv.js';

export type ExportFormat = 'csv' | 'json' | 'xlsx';

export interface ExportFile {
  /** "normbot-catalog-2026-12-02.xlsx" */
  filename: string;
  mime: string;
  bytes: Buffer;
  /** agreements in the file */
  count: number;
}

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The catalog export as a file, for `normbot export` and for a moderator's "export" in chat.
 * With `since`, only agreements that entered the BPF's dataset on or after that day (as their
 * dataset entry records it) or that changed since then (`changed`, from the catalog history).
 */
export async function buildExportFile(input: {
  catalog: CatalogSnapshot;
  format: ExportFormat;
  now: Date;
  since?: { date: string; changed: ReadonlyMap<number, string> };
}): Promise<ExportFile> {
  const { format, since } = input;
  const catalog = since ? selectSince(input.catalog, since.date, since.changed) : input.catalog;
  const bytes =
    format === 'xlsx'
      ? await buildCatalogWorkbook(catalog, { now: input.now, ...(since ? { changed: since.changed } : {}) })
      : Buffer.from(format === 'csv' ? formatCsv(buildCatalogTable(catalog)) : `${JSON.stringify(buildCatalogJson(catalog), null, 2)}\n`, 'utf8');
  const stem = since ? `normbot-catalog-since-${since.date}` : `normbot-catalog-${input.now.toISOString().slice(0, 10)}`;
  return { filename: `${stem}.${format}`, mime: MIME[format], bytes, count: catalog.agreements.length };
}

/** The catalog narrowed to what entered the dataset or changed on or after `date`; taxonomy unchanged. */
export function selectSince(catalog: CatalogSnapshot, date: string, changed: ReadonlyMap<number, string>): CatalogSnapshot {
  const agreements = catalog.agreements.filter((a) => changed.has(a.id) || enteredWithin(a, { from: date }) === 'yes');
  return buildCatalogSnapshot({ ...catalog, agreements });
}
