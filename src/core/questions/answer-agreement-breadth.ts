import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Block, Reply } from '../reply/reply.js';
import { columnsOf } from './agreement-columns.js';
import { describeFilters, filteredRows, hasFilters, type AgreementFilters } from './agreement-filters.js';
import { curationNote } from './curation-note.js';
import { describeAgreement } from './describe-agreement.js';
import { MAX_LISTED_AGREEMENTS } from './list-limits.js';
import { makeReply } from './make-reply.js';

/** Agreements shown for "which covers the most elements?": the top ten, and any tied with the tenth. */
const TOP = 10;

/**
 * "Which agreement covers the most elements?", "...the fewest?", "average per agreement?": breadth of
 * coverage. Read from the snapshot's columns: a count per breadth gives the mean, the median and
 * the cut; only the agreements shown are collected, never the whole catalog sorted.
 */
export function answerAgreementBreadth(catalog: CatalogSnapshot, filters: AgreementFilters, fewestFirst: boolean): Reply {
  const cols = columnsOf(catalog, true)!;
  const pool = hasFilters(filters) ? filteredRows(cols, filters) : Int32Array.from(cols.list.keys());
  const perBreadth = new Int32Array(256);
  let sum = 0;
  for (const row of pool) {
    perBreadth[cols.breadths[row]!]!++;
    sum += cols.breadths[row]!;
  }
  // breadths from the best to the worst, as the ranking reads them
  const levels = Array.from({ length: 256 }, (_, b) => (fewestFirst ? b : 255 - b)).filter((b) => perBreadth[b]! > 0);
  const cut = breadthAtRank(levels, perBreadth, Math.min(TOP, pool.length));
  // the top ten and any tied with the tenth, best first, ties in catalog (id) order
  const shown = new Map<number, number[]>(levels.slice(0, levels.indexOf(cut) + 1).map((b) => [b, []]));
  for (const row of pool) {
    const level = shown.get(cols.breadths[row]!);
    if (level && level.length < MAX_LISTED_AGREEMENTS) level.push(row);
  }
  const listedRows = [...shown.values()].flat().slice(0, MAX_LISTED_AGREEMENTS);
  const listed = listedRows.map((row) => cols.list[row]!);
  const mean = sum / Math.max(pool.length, 1);
  const ascending = [...levels].sort((x, y) => x - y);
  const median = pool.length === 0 ? 0 : (breadthAtRank(ascending, perBreadth, Math.floor((pool.length - 1) / 2) + 1) + breadthAtRank(ascending, perBreadth, Math.ceil((pool.length - 1) / 2) + 1)) / 2;
  const scope = hasFilters(filters) ? `the ${pool.length} agreements matching "${describeFilters(filters)}"` : `the ${pool.length} agreements in the catalog`;
  const blocks: Block[] = [
    { type: 'heading', text: fewestFirst ? 'Agreements covering the fewest norm elements' : 'Agreements covering the most norm elements' },
    { type: 'paragraph', text: `Across ${scope}, an agreement covers ${mean.toFixed(1)} of the ${catalog.elements.length} elements on average (median ${median}).` },
    {
      type: 'list',
      ordered: true,
      items: listed.map((a, i) => ({ title: a.name, ref: { id: String(a.id), name: a.name }, detail: `${cols.breadths[listedRows[i]!]} elements; ${describeAgreement(a)}` })),
    },
    curationNote(),
  ];
  return makeReply({ intent: 'agreements-by-breadth', blocks, agreements: listed, norms: [] });
}

/** The breadth of the agreement at 1-based `rank` when the counts are read level by level; the first level's for rank 0. */
function breadthAtRank(levels: readonly number[], perBreadth: Int32Array, rank: number): number {
  let seen = 0;
  for (const b of levels) {
    seen += perBreadth[b]!;
    if (seen >= rank) return b;
  }
  return levels[levels.length - 1] ?? 0;
}
