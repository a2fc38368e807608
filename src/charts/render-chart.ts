import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { CHART_FONT } from '../core/charts/chart-style.js';
import type { ChartFigure } from '../core/charts/chart-figure.js';
import { ChartRenderError } from '../errors.js';
import { chartFontFiles, measureTextWidth } from './chart-fonts.js';

/** Pixels per CSS pixel in PNGs: sharp on high-density screens and when chats enlarge a picture. */
export const PNG_SCALE = 2;

type TextItem = { fontSize?: number; fontWeight?: string | number; text?: unknown; limit?: number };
// vega measures label widths to lay out axes and cut long labels; measure with the shipped font
// (textMetrics is exported by vega-scenegraph but missing from vega's typings)
(vega as unknown as { textMetrics: { width: (item: TextItem, text?: unknown) => number } }).textMetrics.width = (item, text) => {
  const value = String(text ?? item.text ?? '');
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
  const width = measureTextWidth(value, item.fontSize ?? 11, bold);
  // vega's own measure cuts text at the item's limit first (a long label is drawn shortened)
  return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
};

/*
 * vega-lite sets Set.prototype.toJSON when it loads and needs it while compiling (it hashes specs
 * holding Sets). Left in place it changes JSON.stringify for the whole process, and discord.js fails
 * to load after it. Keep it only for the duration of a compile (which is synchronous).
 */
type SetWithJson = { toJSON?: unknown };
const vegaLiteSetToJson = (Set.prototype as SetWithJson).toJSON;
delete (Set.prototype as SetWithJson).toJSON;

function compileVegaLite(spec: TopLevelSpec) {
  (Set.prototype as SetWithJson).toJSON = vegaLiteSetToJson;
  try {
    return compile(spec).spec;
  } finally {
    delete (Set.prototype as SetWithJson).toJSON;
  }
}

/** The figure as an SVG document (Vega-Lite compiled to Vega, rendered headless). */
export async function renderChartSvg(figure: ChartFigure): Promise<string> {
  try {
    const spec = compileVegaLite(figure.spec as unknown as TopLevelSpec);
    const view = new vega.View(vega.parse(spec), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    return svg;
  } catch (cause) {
    throw new ChartRenderError(`cannot draw the ${figure.kind} chart "${figure.title}": ${cause instanceof Error ? cause.message : String(cause)}`, cause);
  }
}

/** The figure as PNG bytes, `scale` pixels per CSS pixel, text in the shipped font. */
export async function renderChartPng(figure: ChartFigure, scale = PNG_SCALE): Promise<Buffer> {
  return svgToPng(await renderChartSvg(figure), figure.width * scale);
}

/**
 * Rasterised in the calling thread: chat charts are drawn in a process of their own
 * (render-chart-in-worker.ts), so this never holds up chat events. resvg's thread-pool variant was
 * tried and dropped: pixels allocated on the pool's threads stayed in the process's memory.
 */
export function svgToPng(svg: string, widthPx: number): Buffer {
  const files = chartFontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(widthPx) },
    font: { loadSystemFonts: false, fontFiles: [files.regular, files.bold], defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
    background: 'white',
  });
  return resvg.render().asPng();
}
