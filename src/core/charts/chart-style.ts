import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { NormElement } from '../taxonomy/norm-element.js';
import type { ChartFigure, ChartKind } from './chart-figure.js';

/** The font shipped in assets/fonts; renderers load it, so the spec can name it. */
export const CHART_FONT = 'DejaVu Sans';
/** Wide enough for long element names, narrow enough to stay readable where Slack and Discord shrink pictures. */
export const CHART_WIDTH = 760;
/** Pixels per bar or row: room for a 13 px label. */
export const ROW_STEP = 24;
/** One colour per taxonomy category, in category order (Tableau 10, distinguishable in greyscale too). */
export const CATEGORY_COLORS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#9c755f', '#76b7b2'];
export const STATUS_COLORS = { sourced: '#2f6f9f', unverified: '#f2a541', none: '#eeeeee' } as const;

const SUBTITLE_CHARS = 98;
/** Header height: title line plus subtitle lines. */
const headerHeight = (lines: number) => 44 + lines * 19;

/** "normbot catalog, 38 agreements, 2026-12-02. Curated coverage: ..." under every chart's title. */
export function sourceLines(catalog: CatalogSnapshot): string[] {
  const date = catalogDate(catalog);
  return [
    `Source: normbot catalog, ${catalog.agreements.length} agreements, ${date}.`,
    'Curated coverage: normbot\'s reading of public texts, not the BPF\'s published matrix; moderators can correct it.',
  ];
}

/** The day of the catalog's last change; without a store, the latest day an agreement was added. */
export function catalogDate(catalog: CatalogSnapshot): string {
  if (catalog.asOf) return catalog.asOf.slice(0, 10);
  return catalog.agreements.map((a) => a.addedAt.slice(0, 10)).sort().at(-1) ?? 'no date';
}

/** Wraps words into lines of at most `max` characters (a longer word stays whole). */
export function wrapWords(text: string, max = SUBTITLE_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Wraps a layer, a single view or a grid in the house frame: title, method and source as the
 * subtitle, the shipped font, readable sizes, and a fixed overall size (autosize "fit").
 */
export function makeFigure(input: {
  kind: ChartKind;
  name: string;
  title: string;
  /** method and scope, in sentences; wrapped to the chart's width */
  method: string;
  catalog: CatalogSnapshot;
  alt: string;
  /** height of the plot area and its legend and axes, below the header */
  bodyHeight: number;
  /** overall width; CHART_WIDTH unless a grid needs more */
  width?: number;
  spec: Record<string, unknown>;
}): ChartFigure {
  const width = input.width ?? CHART_WIDTH;
  const chars = Math.floor((SUBTITLE_CHARS * width) / CHART_WIDTH);
  const subtitle = [...wrapWords(input.method, chars), ...sourceLines(input.catalog).flatMap((l) => wrapWords(l, chars))];
  const height = Math.round(headerHeight(subtitle.length) + input.bodyHeight);
  return {
    kind: input.kind,
    name: input.name,
    title: input.title,
    alt: input.alt,
    width,
    height,
    spec: {
      width,
      height,
      autosize: { type: 'fit', contains: 'padding' },
      padding: 16,
      background: 'white',
      title: {
        text: input.title,
        subtitle,
        anchor: 'start',
        fontSize: 22,
        subtitleFontSize: 14,
        subtitleColor: '#444444',
        subtitleLineHeight: 19,
        offset: 14,
      },
      config: {
        font: CHART_FONT,
        view: { stroke: null },
        axis: { labelFontSize: 14, titleFontSize: 14, titleFontWeight: 'normal', labelColor: '#222222', titleColor: '#222222', labelLimit: 300 },
        legend: { labelFontSize: 14, titleFontSize: 14, titleFontWeight: 'normal', labelLimit: 320 },
        text: { fontSize: 13 },
      },
      ...input.spec,
    },
  };
}

/** "1.1 Human rights" */
export const elementText = (e: { id: string; name: string }) => `${e.id} ${e.name}`;

/**
 * A y domain of labelled groups: a bold header row before each group's rows, no ticks. Headers
 * must differ from row labels ("1. Rights and freedoms" above "1.1 Human rights").
 */
export function groupedRows(groups: ReadonlyArray<{ header: string; rows: readonly string[] }>) {
  const kept = groups.filter((g) => g.rows.length > 0);
  const isHeader = `indexof(${JSON.stringify(kept.map((g) => g.header))}, datum.value) >= 0`;
  return {
    domain: kept.flatMap((g) => [g.header, ...g.rows]),
    axis: { labelFontWeight: { condition: { test: isHeader, value: 'bold' }, value: 'normal' }, labelLimit: 480, labelPadding: 8, ticks: false, domain: false },
  };
}

/**
 * Elements grouped by category (taxonomy order), each category under its header; within a category
 * `order` first, then taxonomy order. Also the colour encoding by category id (field "category").
 */
export function categoryRows(catalog: CatalogSnapshot, elements: readonly NormElement[], order: (a: NormElement, b: NormElement) => number = () => 0) {
  const position = (e: NormElement) => catalog.elements.findIndex((x) => x.id === e.id);
  const rows = groupedRows(
    catalog.categories.map((c) => ({
      header: `${c.id}. ${c.name}`,
      rows: elements.filter((e) => e.categoryId === c.id).sort((a, b) => order(a, b) || position(a) - position(b)).map(elementText),
    })),
  );
  return {
    ...rows,
    color: { field: 'category', type: 'nominal', legend: null, scale: { domain: catalog.categories.map((c) => c.id), range: CATEGORY_COLORS } },
  };
}

/** The y encoding of grouped rows (field "element"): the domain and its header styling. */
export function rowsEncoding(rows: { domain: string[]; axis: Record<string, unknown> }) {
  return { field: 'element', type: 'nominal', scale: { domain: rows.domain }, axis: rows.axis, title: null };
}

/**
 * Horizontal bars of how many of `total` agreements cover each element (field "count"), one row
 * per element under its category header, with `label` written at the end of each bar.
 */
export function elementBarsSpec(input: { values: readonly object[]; rows: { domain: string[]; axis: Record<string, unknown> }; total: number; color: object; label: string }) {
  return {
    data: { values: input.values },
    encoding: {
      y: rowsEncoding(input.rows),
      x: { field: 'count', type: 'quantitative', title: `Agreements covering the element (of ${input.total})`, scale: { domain: [0, Math.max(1, input.total)] } },
    },
    layer: [
      { mark: { type: 'bar', height: { band: 0.75 } }, encoding: { color: input.color } },
      { mark: { type: 'text', align: 'left', dx: 4 }, encoding: { text: { field: input.label } } },
    ],
  };
}
