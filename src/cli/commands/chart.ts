import fs from 'node:fs/promises';
import path from 'node:path';
import type { Agreement } from '../../core/catalog/agreement.js';
import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import { resolveAgreement } from '../../core/chat/resolve-agreement.js';
import { buildCatalogFigure, type CatalogChartRequest } from '../../core/charts/build-catalog-figure.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { openCliStore } from '../open-cli-store.js';
import { parseCommandArgs } from '../parse-command-args.js';

export const summary = 'draw a chart of the catalog as PNG or SVG: frequency, trends, matrix, agreement NAME, compare A B [C]';
export const usage = 'normbot chart frequency|trends|matrix|agreement NAME|compare A B [C] --out FILE.png|FILE.svg [--db PATH]';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' } }, usage, true);
  const out = values.out as string | undefined;
  const format = out ? path.extname(out).toLowerCase() : '';
  if (!out || (format !== '.png' && format !== '.svg')) throw new UsageError(`give --out FILE.png or --out FILE.svg; usage: ${usage}`);
  const [kind, ...names] = positionals;
  const store = await openCliStore(values.db as string | undefined, io);
  let bytes: Buffer | string;
  let title: string;
  try {
    const catalog = await store.catalog.loadSnapshot();
    const figure = buildCatalogFigure(catalog, readRequest(kind, names, catalog));
    title = figure.title;
    // the renderer (vega, resvg) loads only when a chart is drawn: `normbot help` stays quick
    const { renderChartPng, renderChartSvg } = await import('../../charts/render-chart.js');
    bytes = format === '.svg' ? await renderChartSvg(figure) : await renderChartPng(figure);
  } finally {
    await store.close();
  }
  const file = path.resolve(out);
  await fs.writeFile(file, bytes).catch((cause: unknown) => {
    throw new Error(`cannot write ${file}; check that its folder exists and is writable`, { cause });
  });
  io.stderr(`wrote "${title}" to ${file}\n`);
  return 0;
}

function readRequest(kind: string | undefined, names: string[], catalog: CatalogSnapshot): CatalogChartRequest {
  switch (kind) {
    case 'frequency':
    case 'trends':
    case 'matrix':
      if (names.length > 0) throw new UsageError(`"chart ${kind}" takes no name; usage: ${usage}`);
      return { kind };
    case 'agreement':
      if (names.length === 0) throw new UsageError(`name the agreement (its id or name); usage: ${usage}`);
      return { kind: 'profile', agreement: agreementNamed(names.join(' '), catalog) };
    case 'compare': {
      if (names.length < 2 || names.length > 3) throw new UsageError(`compare two or three agreements, each an id or a quoted name; usage: ${usage}`);
      const agreements = names.map((n) => agreementNamed(n, catalog));
      if (new Set(agreements.map((a) => a.id)).size !== agreements.length) throw new UsageError(`the names given are the same agreement (${agreements.map((a) => a.id).join(', ')}); name different ones`);
      return { kind: 'compare', agreements };
    }
    default:
      throw new UsageError(`${kind === undefined ? 'say which chart' : `unknown chart "${kind}"`}; usage: ${usage}`);
  }
}

function agreementNamed(name: string, catalog: CatalogSnapshot): Agreement {
  const found = resolveAgreement(name, catalog);
  if (!found.ok) throw new UsageError(found.message);
  return found.agreement;
}
