import { beforeAll, describe, expect, it } from 'vitest';
import { computeElementTrends } from '../../../src/core/analytics/compute-element-trends.js';
import { countElementFrequency } from '../../../src/core/analytics/count-element-frequency.js';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { buildCatalogFigure, type CatalogChartRequest } from '../../../src/core/charts/build-catalog-figure.js';
import { ChartFigureSchema, type ChartFigure } from '../../../src/core/charts/chart-figure.js';
import { coverageStatus } from '../../../src/core/charts/coverage-status.js';
import { PNG_SCALE, renderChartPng, renderChartSvg } from '../../../src/charts/render-chart.js';
import { decodePng } from '../../helpers/decode-png.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

/** The text of every <text> element (each line of a multi-line one), entities decoded, in document order. */
function svgTexts(svg: string): string[] {
  const decode = (t: string) => t.replace(/&amp;/g, '&').replace(/&apos;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].flatMap((m) => {
    const body = m[1] ?? '';
    const lines = [...body.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1] ?? '');
    return (lines.length > 0 ? lines : [body]).map(decode);
  });
}
/** y of the text element holding exactly `label` */
function labelY(svg: string, label: string): number {
  const escaped = label.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`translate\\([-\\d.]+,([-\\d.]+)\\)"[^>]*>${escaped.replace(/&#39;/g, "(?:&#39;|&apos;|')")}</text>`).exec(svg);
  if (!m) throw new Error(`no label "${label}"`);
  return Number(m[1]);
}

async function draw(request: CatalogChartRequest): Promise<{ figure: ChartFigure; svg: string; texts: string[] }> {
  const figure = ChartFigureSchema.parse(buildCatalogFigure(catalog, request));
  const svg = await renderChartSvg(figure);
  return { figure, svg, texts: svgTexts(svg) };
}

function expectFrame(figure: ChartFigure, texts: string[]): void {
  expect(texts).toContain(figure.title);
  expect(texts).toContain(`Source: normbot catalog, ${catalog.agreements.length} agreements, 2022-12-01.`);
  expect(texts.some((t) => t.startsWith('Curated coverage:'))).toBe(true);
}

describe('chart pictures', () => {
  it.each<CatalogChartRequest['kind']>(['frequency', 'trends', 'matrix'])('renders the %s chart as a PNG of its stated size at the PNG scale', async (kind) => {
    const figure = buildCatalogFigure(catalog, { kind } as CatalogChartRequest);
    const png = decodePng(await renderChartPng(figure));
    expect([png.width, png.height]).toEqual([figure.width * PNG_SCALE, figure.height * PNG_SCALE]);
    // not a blank page: some pixels are dark (text, bars)
    let dark = 0;
    for (let i = 0; i < png.rows.length; i += png.channels) if ((png.rows[i] ?? 255) < 80) dark++;
    expect(dark).toBeGreaterThan(1000);
  });

  it('ranks elements within their category with the counts computed from the catalog', async () => {
    const { figure, svg, texts } = await draw({ kind: 'frequency' });
    expectFrame(figure, texts);
    const ranked = countElementFrequency(catalog.agreements, catalog.elements);
    for (const f of ranked) {
      expect(texts).toContain(`${f.element.id} ${f.element.name}`);
      expect(texts).toContain(`${f.count} (${Math.round(f.share * 100)}%)`);
    }
    for (const c of catalog.categories) {
      const inCategory = ranked.filter((f) => f.element.categoryId === c.id);
      const ys = inCategory.map((f) => labelY(svg, `${f.element.id} ${f.element.name}`));
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
      expect(labelY(svg, `${c.id}. ${c.name}`)).toBeLessThan(Math.min(...ys));
    }
    expect(figure.alt).toContain(`${ranked[0]?.element.name} ${ranked[0]?.count}`);
  });

  it('states the periods and method on the trends chart and shows each element\'s change', async () => {
    const { figure, texts } = await draw({ kind: 'trends' });
    expectFrame(figure, texts);
    const result = computeElementTrends(catalog.agreements, catalog.elements);
    const subtitle = texts.join(' ');
    for (const p of result.periods) expect(subtitle).toContain(`${p.label} (n=${p.size})`);
    expect(subtitle).toContain('least-squares slope');
    for (const t of result.trends) expect(texts).toContain(`${t.change >= 0 ? '+' : ''}${Math.round(t.change)} pts`);
    expect(texts).toContain('Rising');
    expect(texts).toContain('Declining');
  });

  it('draws one matrix cell per agreement and element, coloured by its coverage', async () => {
    const { figure, svg, texts } = await draw({ kind: 'matrix' });
    expectFrame(figure, texts);
    const cells = /<g class="mark-rect role-mark marks"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
    const fills = [...cells.matchAll(/fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
    expect(fills).toHaveLength(catalog.agreements.length * catalog.elements.length);
    const status = catalog.agreements.flatMap((a) => catalog.elements.map((e) => coverageStatus(a, e.id)));
    expect(fills.filter((f) => f === '#2f6f9f')).toHaveLength(status.filter((s) => s === 'sourced').length);
    expect(fills.filter((f) => f === '#f2a541')).toHaveLength(status.filter((s) => s === 'unverified').length);
    for (const e of catalog.elements) expect(texts).toContain(e.id);
  });

  it('profiles one agreement: the elements it covers out of all, by category', async () => {
    const paris = catalog.agreementById.get(22)!;
    const { figure, texts } = await draw({ kind: 'profile', agreement: paris });
    expectFrame(figure, texts);
    const covered = new Set(paris.coverage.map((c) => c.element)).size;
    expect(figure.title).toBe(`Paris Call: covers ${covered} of ${catalog.elements.length} norm elements`);
    for (const e of catalog.elements) expect(texts).toContain(`${e.id} ${e.name}`);
    expect(texts).toContain('not covered by Paris Call');
  });

  it('compares agreements cell by cell with the shared elements in the title', async () => {
    const pair = [catalog.agreementById.get(22)!, catalog.agreementById.get(38)!];
    const { figure, svg, texts } = await draw({ kind: 'compare', agreements: pair });
    expectFrame(figure, texts);
    const covers = (i: number, id: string) => pair[i]!.coverage.some((c) => c.element === id);
    const either = catalog.elements.filter((e) => covers(0, e.id) || covers(1, e.id));
    const both = either.filter((e) => covers(0, e.id) && covers(1, e.id));
    expect(figure.title).toBe(`Paris Call vs DFI: ${both.length} shared element${both.length === 1 ? '' : 's'}`);
    const cellTexts = svgTexts(/<g class="mark-text role-mark[^"]*"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? '');
    expect(cellTexts).toHaveLength(either.length * 2);
    expect(cellTexts.filter((t) => t === 'not covered')).toHaveLength(either.length * 2 - pair.reduce((n, a) => n + either.filter((e) => a.coverage.some((c) => c.element === e.id)).length, 0));
  });
});
