import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { memoizeByInputs } from '../analytics/memoize-by-inputs.js';
import { BPF_2022_FINDINGS } from '../analytics/bpf-2022-findings.js';
import { countElementFrequency, rankElementCounts, type ElementFrequency } from '../analytics/count-element-frequency.js';
import { buildFrequencyFigure } from '../charts/build-frequency-figure.js';
import type { Block, Reply } from '../reply/reply.js';
import type { NormElement } from '../taxonomy/norm-element.js';
import { columnsOf } from './agreement-columns.js';
import { describeFilters, filteredRows, hasFilters, type AgreementFilters } from './agreement-filters.js';
import { elementLabel } from './answer-agreements-for-element.js';
import { curationNote } from './curation-note.js';
import { makeReply } from './make-reply.js';

const cachedCountElementFrequency = memoizeByInputs((a: readonly Agreement[], e: readonly NormElement[]) => countElementFrequency(a, e));

/** "Rank the elements by frequency": how many agreements cover each element, with a bar chart. */
export function answerFrequency(catalog: CatalogSnapshot, filters: AgreementFilters, leastFirst: boolean): Reply {
  // without filters, figures for the whole catalog come from the cache; with them, from the columns
  const { total, ranked } = hasFilters(filters) ? countFiltered(catalog, filters) : { total: catalog.agreements.length, ranked: cachedCountElementFrequency(catalog.agreements, catalog.elements) };
  const ordered = leastFirst ? [...ranked].reverse() : ranked;
  const scope = hasFilters(filters) ? `the ${total} agreements matching "${describeFilters(filters)}"` : `all ${total} agreements in the catalog`;
  const blocks: Block[] = [
    { type: 'heading', text: `Norm elements by frequency${leastFirst ? ', least frequent first' : ''}` },
    { type: 'paragraph', text: `Method: for each of the ${catalog.elements.length} elements, the number of ${scope} that cover it.` },
    {
      type: 'chart',
      title: `Agreements covering each element (of ${total})`,
      kind: 'bar',
      unit: 'agreements',
      bars: ordered.map((f) => ({ label: `${f.element.id} ${f.element.name}`, value: f.count })),
    },
    {
      type: 'list',
      ordered: true,
      items: ordered.map((f) => ({ title: elementLabel(f.element), ref: { id: f.element.id, name: f.element.name }, detail: `${f.count} agreements (${Math.round(f.share * 100)}%)` })),
    },
  ];
  if (!hasFilters(filters)) blocks.push({ type: 'note', text: compareWithBpf(ranked.map((f) => f.element.id), catalog) });
  blocks.push(curationNote());
  const figure = buildFrequencyFigure({ catalog, ranked, total, scope });
  return makeReply({ intent: 'element-frequency', blocks, agreements: [], norms: ordered.map((f) => f.element), figure });
}

/** countElementFrequency over the agreements passing the filters, counted from the snapshot's coverage bits. */
function countFiltered(catalog: CatalogSnapshot, filters: AgreementFilters): { total: number; ranked: ElementFrequency[] } {
  const cols = columnsOf(catalog, true)!;
  const rows = filteredRows(cols, filters);
  const counts = new Int32Array(catalog.elements.length);
  for (const row of rows) {
    // bit i is catalog.elements[i] (agreement-columns.ts); higher bits are ids outside the taxonomy
    for (let i = 0; i < counts.length; i++) if ((cols.coverage[row * cols.words + (i >>> 5)]! & (1 << (i & 31))) !== 0) counts[i]!++;
  }
  return { total: rows.length, ranked: rankElementCounts(counts, rows.length, catalog.elements) };
}

function compareWithBpf(rankedIds: string[], catalog: CatalogSnapshot): string {
  const top = rankedIds.slice(0, 2);
  const expected: readonly string[] = BPF_2022_FINDINGS.mostFrequent;
  const agreeTop = top.every((id) => expected.includes(id));
  const bottom = rankedIds.slice(-8);
  const restraintShare = bottom.filter((id) => id.startsWith(`${BPF_2022_FINDINGS.leastFrequentCategory}.`)).length;
  const name = (id: string) => catalog.elementById.get(id)?.name ?? id;
  return [
    `BPF 2022 draft: most frequent are human rights and general cooperation; least frequent the restraint elements.`,
    agreeTop ? `This catalog agrees on the top two (${top.map(name).join(', ')}).` : `This catalog differs: its top two are ${top.map(name).join(' and ')}.`,
    `${restraintShare} of the 8 least frequent elements here are restraint elements (category 5).`,
  ].join(' ');
}
