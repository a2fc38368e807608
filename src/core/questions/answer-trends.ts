import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { memoizeByInputs } from '../analytics/memoize-by-inputs.js';
import { BPF_2022_FINDINGS } from '../analytics/bpf-2022-findings.js';
import { computeElementTrends, MIN_CHANGE_POINTS, MIN_COVERING, SMALL_PERIOD, type ElementTrend } from '../analytics/compute-element-trends.js';
import { buildTrendsFigure } from '../charts/build-trends-figure.js';
import type { Block, Reply } from '../reply/reply.js';
import type { NormElement } from '../taxonomy/norm-element.js';
import { applyFilters, describeFilters, hasFilters, type AgreementFilters } from './agreement-filters.js';
import { elementLabel } from './answer-agreements-for-element.js';
import { curationNote } from './curation-note.js';
import { makeReply } from './make-reply.js';

const cachedComputeElementTrends = memoizeByInputs((a: readonly Agreement[], e: readonly NormElement[]) => computeElementTrends(a, e));

/**
 * "Which norms are rising?": trends computed from the catalog, the method stated, small samples
 * flagged, and a comparison with the BPF's 2022 findings that reports differences as they are.
 */
export function answerTrends(input: {
  catalog: CatalogSnapshot;
  filters: AgreementFilters;
  focus: readonly NormElement[];
  want: 'rising' | 'declining' | 'both';
}): Reply {
  const { catalog, filters, focus, want } = input;
  // without filters applyFilters returns the catalog's own array, so its figures come from the cache
  const agreements = applyFilters(catalog, catalog.agreements, filters);
  const result = cachedComputeElementTrends(agreements, catalog.elements);
  const pct = (n: number) => `${Math.round(n * 100)}%`;
  const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(1)}`;
  const byDirection = (d: ElementTrend['direction']) => result.trends.filter((t) => t.direction === d).sort((a, b) => (d === 'declining' ? a.slope - b.slope : b.slope - a.slope));
  const rising = byDirection('rising');
  const declining = byDirection('declining');
  const shown = focus.length > 0 ? result.trends.filter((t) => focus.includes(t.element)) : [...(want !== 'declining' ? rising : []), ...(want !== 'rising' ? declining : [])];
  const periodText = result.periods.map((p) => `${p.label} (${p.size} agreements)`).join(', ');
  const blocks: Block[] = [
    { type: 'heading', text: focus.length > 0 ? `Trend for ${focus.map(elementLabel).join(', ')}` : 'Rising and declining norm elements' },
    {
      type: 'paragraph',
      text:
        `Method: the ${agreements.length - result.undated} dated agreements${hasFilters(filters) ? ` matching "${describeFilters(filters)}"` : ''} are split by year of adoption into ${result.periods.length} periods of similar size: ${periodText}. ` +
        `For each element: the share of each period's agreements covering it, the change from the first to the last period, and the least-squares slope of covered (1) or not (0) against the year, in percentage points per year. ` +
        `An element is called rising or declining only when the change is at least ${MIN_CHANGE_POINTS} points and the slope has the same sign, and only if at least ${MIN_COVERING} agreements cover it.` +
        (result.undated > 0 ? ` ${result.undated} agreements without a year are left out.` : ''),
    },
  ];
  if (result.smallPeriods.length > 0) {
    blocks.push({ type: 'note', text: `Small samples: ${result.smallPeriods.join(', ')} ${result.smallPeriods.length === 1 ? 'has' : 'have'} fewer than ${SMALL_PERIOD} agreements, so one agreement moves a share by ${pct(1 / Math.max(1, Math.min(...result.periods.map((p) => p.size))))} or more. Read these trends as indications.` });
  }
  blocks.push({
    type: 'paragraph',
    text: focus.length > 0
      ? shown.map((t) => `${elementLabel(t.element)}: ${t.direction} (${t.shares.map(pct).join(' -> ')}; slope ${signed(t.slope)} points/year; ${t.covering} agreements).`).join(' ')
      : `Rising: ${rising.map((t) => t.element.name).join(', ') || 'none'}. Declining: ${declining.map((t) => t.element.name).join(', ') || 'none'}.`,
  });
  blocks.push({
    type: 'chart',
    title: 'Share of agreements covering the element, per period',
    kind: 'trend',
    periods: result.periods.map((p) => p.label),
    unit: 'points/year',
    bars: shown.map((t) => ({ label: `${t.element.id} ${t.element.name}`, value: Math.round(t.slope * 10) / 10, series: t.shares.map((s) => Math.round(s * 100)) })),
  });
  blocks.push({
    type: 'list',
    ordered: false,
    items: shown.map((t) => ({
      title: elementLabel(t.element),
      ref: { id: t.element.id, name: t.element.name },
      detail: `${t.direction}: ${t.shares.map(pct).join(' -> ')}, change ${signed(t.change)} points, slope ${signed(t.slope)} points/year, ${t.covering} agreements`,
    })),
  });
  blocks.push({ type: 'note', text: compareWithBpf(result.trends, catalog) });
  blocks.push(curationNote());
  const scope = hasFilters(filters) ? `agreements matching "${describeFilters(filters)}"` : 'agreements in the catalog';
  const figure = buildTrendsFigure({ catalog, result, shown, scope });
  return makeReply({ intent: 'element-trends', blocks, agreements: [], norms: shown.map((t) => t.element), figure });
}

function compareWithBpf(trends: readonly ElementTrend[], catalog: CatalogSnapshot): string {
  const name = (id: string) => catalog.elementById.get(id)?.name ?? id;
  const dir = (id: string) => trends.find((t) => t.element.id === id)?.direction ?? 'too few';
  const check = (ids: readonly string[], expected: 'rising' | 'declining') => {
    const agree = ids.filter((id) => dir(id) === expected);
    const differ = ids.filter((id) => dir(id) !== expected);
    return `${agree.length} of ${ids.length} agree${agree.length > 0 ? ` (${agree.map(name).join(', ')})` : ''}` +
      (differ.length > 0 ? `; here ${differ.map((id) => `${name(id)} is ${dir(id)}`).join(', ')}` : '');
  };
  return (
    `BPF 2022 draft (${BPF_2022_FINDINGS.source}): rising human rights, elections and all restraint elements; declining personal data and non-state actors. ` +
    `Rising per the BPF: ${check(BPF_2022_FINDINGS.rising, 'rising')}. Declining per the BPF: ${check(BPF_2022_FINDINGS.declining, 'declining')}. ` +
    'Where these differ, the figures above are what the catalog shows; they are not adjusted to the BPF findings.'
  );
}
