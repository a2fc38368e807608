import os from 'node:os';
import { renderChartPng, renderChartSvg } from '../src/charts/render-chart.js';
import type { CatalogSnapshot } from '../src/core/catalog/catalog-snapshot.js';
import { buildCatalogFigure, type CatalogChartRequest } from '../src/core/charts/build-catalog-figure.js';
import { loadBenchCatalog, SHIPPED } from './lib/catalog-file.js';

/**
 * Chart rendering: for each chart, the spec built from the catalog (core), the SVG (vega) and the
 * PNG (vega + resvg), over the 38 shipped agreements and over 10,000 (the synthetic catalog of
 * bench/lib/synthetic-catalog.ts). The two sizes are measured in turn, interleaved, and compared as ratios.
 */
const BIG = 10_000;
const ROUNDS = 3;

export async function run(): Promise<void> {
  // both catalogs loaded through the store, as the bot loads them (bench/lib/catalog-file.ts)
  const small = await loadBenchCatalog(SHIPPED);
  const big = await loadBenchCatalog(BIG);
  const requests = (c: CatalogSnapshot): Array<[string, CatalogChartRequest]> => [
    ['frequency', { kind: 'frequency' }],
    ['trends', { kind: 'trends' }],
    ['matrix', { kind: 'matrix' }],
    ['agreement (Paris Call)', { kind: 'profile', agreement: c.agreementById.get(22)! }],
    ['compare (3)', { kind: 'compare', agreements: [22, 24, 38].map((id) => c.agreementById.get(id)!) }],
  ];
  // warm up: fonts, JIT, vega's parser
  await renderChartPng(buildCatalogFigure(small, { kind: 'frequency' }));

  const rows: string[][] = [];
  for (const [i, [name]] of requests(small).entries()) {
    const times = { small: { spec: [] as number[], svg: [] as number[], png: [] as number[] }, big: { spec: [] as number[], svg: [] as number[], png: [] as number[] } };
    for (let round = 0; round < ROUNDS; round++) {
      for (const [size, catalog] of [['small', small], ['big', big]] as const) {
        const request = requests(catalog)[i]![1];
        const t0 = performance.now();
        const figure = buildCatalogFigure(catalog, request);
        const t1 = performance.now();
        await renderChartSvg(figure);
        const t2 = performance.now();
        await renderChartPng(figure);
        const t3 = performance.now();
        times[size].spec.push(t1 - t0);
        times[size].svg.push(t2 - t1);
        times[size].png.push(t3 - t2);
      }
    }
    const m = (xs: number[]) => median(xs);
    rows.push([name, fmt(m(times.small.spec)), fmt(m(times.small.png)), fmt(m(times.big.spec)), fmt(m(times.big.svg)), fmt(m(times.big.png)), `${(m(times.big.png) / m(times.small.png)).toFixed(2)}x`]);
  }
  console.log(`chart render time, median of ${ROUNDS} interleaved rounds, ${small.agreements.length} vs ${big.agreements.length} agreements (the matrix draws at most 60 rows)`);
  printTable(['chart', `spec ms (${small.agreements.length})`, 'PNG ms', `spec ms (${big.agreements.length})`, 'SVG ms', 'PNG ms', 'PNG ratio'], rows);
  console.log('(PNG ms includes the SVG; spec is the pure core builder, including frequency/trend analytics)');
  console.log(`load average during the run: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
const fmt = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  for (const r of [header, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '));
}
