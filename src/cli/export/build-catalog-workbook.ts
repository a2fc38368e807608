import ExcelJS from 'exceljs';
import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import { describeDatasetEntry } from '../../core/catalog/dataset-entry.js';
import { evidenceKindOf } from '../../core/catalog/agreement.js';
import { buildCatalogJson } from './build-catalog-export.js';
import { neutralizeSpreadsheetCell } from './neutralize-spreadsheet-cell.js';

type Cell = string | number | null;
type Column = { header: string; width: number };

/**
 * The catalog as an XLSX workbook for report writers: one sheet of agreements, one of coverage
 * links (element, evidence, source, status) and the agreement x element matrix; each with a frozen
 * header row and filters. `changed` adds when each agreement last changed (for --since exports).
 */
export async function buildCatalogWorkbook(catalog: CatalogSnapshot, opts: { now: Date; changed?: ReadonlyMap<number, string> }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'normbot';
  wb.created = opts.now;
  const elementName = new Map(catalog.elements.map((e) => [e.id, e.name]));
  addSheet(
    wb,
    'Agreements',
    [
      { header: 'id', width: 6 },
      { header: 'name', width: 50 },
      { header: 'aliases', width: 30 },
      { header: 'year', width: 8 },
      { header: 'date detail', width: 40 },
      { header: 'parties', width: 22 },
      { header: 'parties detail', width: 40 },
      { header: 'maintainer', width: 30 },
      { header: 'binding', width: 16 },
      { header: 'binding detail', width: 30 },
      { header: 'url', width: 40 },
      { header: 'url note', width: 30 },
      { header: 'facts sources', width: 40 },
      { header: 'in the catalog since', width: 14 },
      { header: 'entered the BPF dataset', width: 50 },
      { header: 'dataset entry source', width: 50 },
      { header: 'last changed', width: 22 },
    ],
    catalog.agreements.map((a) => [
      a.id,
      a.name,
      a.aliases.join('; '),
      a.year,
      a.dateDetail,
      a.partiesKinds.join('; '),
      a.partiesDetail,
      a.maintainer,
      a.binding,
      a.bindingDetail,
      a.url,
      a.urlNote,
      a.factsSources.join('; '),
      a.addedAt.slice(0, 10),
      describeDatasetEntry(a),
      a.datasetEntry?.source ?? '',
      opts.changed?.get(a.id) ?? '',
    ]),
  );
  addSheet(
    wb,
    'Coverage links',
    [
      { header: 'agreement id', width: 8 },
      { header: 'agreement', width: 40 },
      { header: 'element', width: 8 },
      { header: 'element name', width: 30 },
      { header: 'evidence', width: 70 },
      { header: 'evidence kind', width: 12 },
      { header: 'locator', width: 12 },
      { header: 'source', width: 50 },
      { header: 'status', width: 12 },
    ],
    catalog.agreements.flatMap((a) =>
      a.coverage.map((c) => [a.id, a.name, c.element, elementName.get(c.element) ?? '', c.evidence, evidenceKindOf(c), c.locator ?? '', c.source, c.status]),
    ),
  );
  const matrix = buildCatalogJson(catalog).matrix;
  addSheet(
    wb,
    'Matrix',
    [{ header: 'agreement id', width: 8 }, { header: 'agreement', width: 40 }, ...catalog.elements.map((e) => ({ header: `${e.id} ${e.name}`, width: 12 }))],
    matrix.rows.map((r) => [r.agreement, r.name, ...r.cells]),
    2,
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addSheet(wb: ExcelJS.Workbook, name: string, columns: readonly Column[], rows: readonly Cell[][], frozenColumns = 0): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: frozenColumns }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const row of rows) ws.addRow(row.map((v) => (typeof v === 'string' ? neutralizeSpreadsheetCell(v) : v)));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}
