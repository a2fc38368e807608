import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReplyAttachment } from '../../../src/cli/export/build-reply-attachment.js';
import { neutralizeSpreadsheetCell } from '../../../src/cli/export/neutralize-spreadsheet-cell.js';
import { evidenceKindOf } from '../../../src/core/catalog/agreement.js';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { coverageStatus } from '../../../src/core/charts/coverage-status.js';
import { parseChatCommand } from '../../../src/core/chat/parse-chat-command.js';
import { runModerationCommand } from '../../../src/core/chat/run-moderation-command.js';
import type { Moderation } from '../../../src/core/moderation/moderation-port.js';
import { openStore, type Store } from '../../../src/store/open-store.js';
import { useCliStore } from '../../helpers/use-cli-store.js';

const { cli, paths } = useCliStore('normbot-export-');
let catalog: CatalogSnapshot;

beforeAll(async () => {
  const store = await openStore(paths.db);
  catalog = await store.catalog.loadSnapshot();
  await store.close();
});

async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Rows below the header as arrays of cell values (index 0 = column A). */
function sheetRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}
const headerOf = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1);
const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));

describe('normbot export --format xlsx', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const file = path.join(paths.dir, 'catalog.xlsx');
    const { code, err } = await cli('export', '--format', 'xlsx', '--out', file);
    expect(code).toBe(0);
    expect(err).toMatch(new RegExp(`wrote ${catalog.agreements.length} agreements as xlsx`));
    wb = await readXlsx(file);
  });

  it('holds the agreements, their coverage links and the matrix, one sheet each', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Agreements', 'Coverage links', 'Matrix']);
  });

  it('reads back every agreement as in the catalog', () => {
    const ws = wb.getWorksheet('Agreements')!;
    const h = headerOf(ws);
    const col = (name: string) => h.indexOf(name);
    const rows = sheetRows(ws);
    expect(rows.map((r) => r[col('id')])).toEqual(catalog.agreements.map((a) => a.id));
    for (const [i, a] of catalog.agreements.entries()) {
      const r = rows[i]!;
      expect(text(r[col('name')])).toBe(a.name);
      expect(r[col('year')] ?? null).toBe(a.year);
      expect(text(r[col('binding')])).toBe(a.binding);
      expect(text(r[col('parties')])).toBe(a.partiesKinds.join('; '));
      expect(text(r[col('dataset entry source')])).toBe(a.datasetEntry?.source ?? '');
    }
  });

  it('reads back every coverage link with its evidence, kind, source and status', () => {
    const rows = sheetRows(wb.getWorksheet('Coverage links')!).map((r) => r.map(text));
    const expected = catalog.agreements.flatMap((a) => a.coverage.map((c) => [String(a.id), c.element, c.evidence, evidenceKindOf(c), c.source, c.status]));
    expect(rows.map((r) => [r[0], r[2], r[4], r[5], r[7], r[8]])).toEqual(expected);
  });

  it('reads back the matrix cell by cell', () => {
    const ws = wb.getWorksheet('Matrix')!;
    expect(headerOf(ws).slice(2)).toEqual(catalog.elements.map((e) => `${e.id} ${e.name}`));
    const rows = sheetRows(ws);
    for (const [i, a] of catalog.agreements.entries()) {
      const cells = catalog.elements.map((e) => (coverageStatus(a, e.id) === 'not covered' ? '' : coverageStatus(a, e.id)));
      expect(rows[i]!.slice(2, 2 + cells.length).map(text)).toEqual(cells);
    }
  });

  it('freezes the header row and filters on it in every sheet', () => {
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
    }
  });

  it('needs --out for a workbook', async () => {
    const { code, err } = await cli('export', '--format', 'xlsx');
    expect(code).toBe(2);
    expect(err).toMatch(/needs --out FILE\.xlsx/);
  });
});

describe('normbot export --format csv', () => {
  it('reads back as the catalog table, matrix included', async () => {
    const { out } = await cli('export', '--format', 'csv');
    const wb = new ExcelJS.Workbook();
    const ws = await wb.csv.read(Readable.from([out]));
    const rows = sheetRows(ws).map((r) => r.map(text));
    const header = headerOf(ws).map(text);
    expect(rows).toHaveLength(catalog.agreements.length);
    for (const [i, a] of catalog.agreements.entries()) {
      expect(rows[i]![header.indexOf('name')]).toBe(a.name);
      expect(rows[i]![header.indexOf('aliases')]).toBe(a.aliases.join('; '));
      const cells = catalog.elements.map((e) => (coverageStatus(a, e.id) === 'not covered' ? '' : coverageStatus(a, e.id)));
      expect(catalog.elements.map((e) => rows[i]![header.indexOf(`${e.id} ${e.name}`)] ?? '')).toEqual(cells);
    }
  });
});

describe('normbot export --since', () => {
  it('keeps the agreements that entered the dataset since the day, not the whole first load', async () => {
    const { out } = await cli('export', '--format', 'json', '--since', '2021-12-11');
    const ids = (JSON.parse(out) as { agreements: Array<{ id: number }> }).agreements.map((a) => a.id);
    expect(ids).toEqual(catalog.agreements.filter((a) => a.datasetEntry?.after !== undefined && a.datasetEntry.after >= '2021-12-10').map((a) => a.id));
    expect(ids.length).toBe(2);
  });

  it('adds an agreement a moderator changed since the day', async () => {
    const store: Store = await openStore(paths.db);
    const apec = (await store.catalog.getAgreement(store.db, 5))!;
    await store.db.transaction((tx) => store.catalog.upsertAgreement(tx, { ...apec, maintainer: 'APEC TEL (corrected)' }, { actor: 'slack:U1', source: 'moderator', at: '2030-01-02T10:00:00.000Z', action: 'edit' }));
    await store.close();
    const file = path.join(paths.dir, 'since.xlsx');
    await cli('export', '--format', 'xlsx', '--since', '2030-01-01', '--out', file);
    const rows = sheetRows((await readXlsx(file)).getWorksheet('Agreements')!);
    expect(rows.map((r) => r[0])).toEqual([5]);
    expect(text(rows[0]!.at(-1))).toBe('2030-01-02T10:00:00.000Z');
  });

  it('refuses a day that is not YYYY-MM-DD', async () => {
    const { code, err } = await cli('export', '--format', 'csv', '--since', '2022-13-40');
    expect(code).toBe(2);
    expect(err).toMatch(/--since takes a day as YYYY-MM-DD/);
  });
});

describe('spreadsheet cells', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])('neutralises %j so it is not read as a formula', (value) => {
    expect(neutralizeSpreadsheetCell(value)).toBe(`'${value}`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutralizeSpreadsheetCell('Paris Call = trust')).toBe('Paris Call = trust');
  });

  it('writes an agreement name that starts like a formula as text', async () => {
    const store = await openStore(paths.db);
    const manrs = (await store.catalog.getAgreement(store.db, 36))!;
    await store.db.transaction((tx) => store.catalog.upsertAgreement(tx, { ...manrs, name: '=HYPERLINK("http://evil.example","MANRS")' }, { actor: 'test', source: 'test', at: '2030-02-01T00:00:00.000Z', action: 'edit' }));
    await store.close();
    const file = path.join(paths.dir, 'inject.xlsx');
    await cli('export', '--format', 'xlsx', '--out', file);
    const row = sheetRows((await readXlsx(file)).getWorksheet('Agreements')!).find((r) => r[0] === 36)!;
    expect(row[1]).toBe('\'=HYPERLINK("http://evil.example","MANRS")');
  });
});

describe('export in chat', () => {
  it('gives a moderator the file they ask for', async () => {
    const command = parseChatCommand('export xlsx since 2021-12-11');
    expect(command).toEqual({ verb: 'export', format: 'xlsx', since: '2021-12-11' });
    const { reply } = await runModerationCommand(command!, { moderation: {} as Moderation, catalog, now: new Date(), actor: { platform: 'slack', id: 'U1', name: 'Mod' } });
    const store = await openStore(paths.db);
    const file = await buildReplyAttachment(reply, { loadCatalog: () => store.catalog.loadSnapshot(), changedSince: (d) => store.catalog.changedSince(d), now: new Date('2031-01-01T00:00:00Z') });
    await store.close();
    expect(file?.filename).toBe('normbot-catalog-since-2021-12-11.xlsx');
    const target = path.join(paths.dir, file!.filename);
    await fs.writeFile(target, file!.bytes);
    const names = sheetRows((await readXlsx(target)).getWorksheet('Agreements')!).map((r) => text(r[1]));
    expect(names).toEqual(expect.arrayContaining(['Copenhagen Pledge on Tech for Democracy', 'A Declaration for the Future of the Internet']));
  });

  it('reads "export controls" as a question, not a command', () => {
    expect(parseChatCommand('export controls on cyber weapons?')).toBeNull();
  });
});
