import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Block, Reply } from '../reply/reply.js';
import { applyFilters, describeFilters, hasFilters, type AgreementFilters } from './agreement-filters.js';
import { curationNote } from './curation-note.js';
import { describeAgreement } from './describe-agreement.js';
import { MAX_LISTED_AGREEMENTS } from './list-limits.js';
import { makeReply } from './make-reply.js';

/** Agreements shown for "which covers the most elements?": the top ten, and any tied with the tenth. */
const TOP = 10;

/** "Which agreement covers the most elements?", "...the fewest?", "average per agreement?": breadth of coverage. */
export function answerAgreementBreadth(catalog: CatalogSnapshot, filters: AgreementFilters, fewestFirst: boolean): Reply {
  const pool = applyFilters(catalog.agreements, filters);
  // counted once per agreement, not inside the sort comparator
  const counted = new Map(pool.map((a) => [a.id, new Set(a.coverage.map((c) => c.element)).size]));
  const breadth = (a: Agreement) => counted.get(a.id) ?? 0;
  const ranked = [...pool].sort((a, b) => (fewestFirst ? breadth(a) - breadth(b) : breadth(b) - breadth(a)) || a.id - b.id);
  const cut = breadth(ranked[Math.min(TOP, ranked.length) - 1] ?? ranked[0] ?? catalog.agreements[0]!);
  const listed = ranked.filter((a, i) => i < TOP || breadth(a) === cut).slice(0, MAX_LISTED_AGREEMENTS);
  const counts = pool.map(breadth).sort((x, y) => x - y);
  const mean = counts.reduce((s, n) => s + n, 0) / Math.max(counts.length, 1);
  const median = counts.length === 0 ? 0 : ((counts[Math.floor((counts.length - 1) / 2)] ?? 0) + (counts[Math.ceil((counts.length - 1) / 2)] ?? 0)) / 2;
  const scope = hasFilters(filters) ? `the ${pool.length} agreements matching "${describeFilters(filters)}"` : `the ${pool.length} agreements in the catalog`;
  const blocks: Block[] = [
    { type: 'heading', text: fewestFirst ? 'Agreements covering the fewest norm elements' : 'Agreements covering the most norm elements' },
    { type: 'paragraph', text: `Across ${scope}, an agreement covers ${mean.toFixed(1)} of the ${catalog.elements.length} elements on average (median ${median}).` },
    {
      type: 'list',
      ordered: true,
      items: listed.map((a) => ({ title: a.name, ref: { id: String(a.id), name: a.name }, detail: `${breadth(a)} elements; ${describeAgreement(a)}` })),
    },
    curationNote(),
  ];
  return makeReply({ intent: 'agreements-by-breadth', blocks, agreements: listed, norms: [] });
}
