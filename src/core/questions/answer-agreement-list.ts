import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { describeDatasetEntry, entryWindow } from '../catalog/dataset-entry.js';
import type { Block, Reply } from '../reply/reply.js';
import { applyFilters, describeFilters, hasFilters, mayHaveEntered, type AgreementFilters } from './agreement-filters.js';
import { sortByYear } from './answer-agreements-for-element.js';
import { curationNote } from './curation-note.js';
import { describeAgreement } from './describe-agreement.js';
import { MAX_LISTED_AGREEMENTS } from './list-limits.js';
import { makeReply } from './make-reply.js';

/**
 * Agreements by their facts alone: "launched after 2020", "added since 2023-01-01", "binding
 * agreements", "maintained by the OSCE", or the whole catalog.
 */
export function answerAgreementList(catalog: CatalogSnapshot, filters: AgreementFilters, pick: 'all' | 'oldest' | 'newest' | 'latest additions' = 'all'): Reply {
  const filtered = applyFilters(catalog, sortByYear(catalog.agreements), filters); // filtering keeps the order: the sorted catalog is kept
  const matching = pick === 'latest additions' ? latestAdditions(filtered) : pickByYear(filtered, pick);
  const listed = matching.slice(0, MAX_LISTED_AGREEMENTS);
  const byDate = Boolean(filters.years || filters.addedSince) || pick !== 'all';
  const what = [pick === 'all' ? '' : pick, hasFilters(filters) ? describeFilters(filters) : ''].filter((x) => x !== '').join(', ') || 'all';
  const blocks: Block[] = [
    { type: 'heading', text: what !== 'all' ? `Agreements: ${what}` : 'All agreements in the catalog' },
    {
      type: 'paragraph',
      text:
        pick === 'latest additions'
          ? `The latest additions to the BPF's dataset: ${matching.length} of the ${catalog.agreements.length} agreements, ${matching[0] ? describeDatasetEntry(matching[0]) : 'at an unknown date'}.`
          : `${matching.length} of the ${catalog.agreements.length} agreements in the catalog${what !== 'all' ? ` match "${what}"` : ''}.`,
    },
  ];
  if (listed.length > 0) {
    blocks.push({
      type: 'list',
      ordered: false,
      items: listed.map((a) => ({
        title: a.name,
        ref: { id: String(a.id), name: a.name },
        detail: `${describeAgreement(a)}${filters.addedSince || pick === 'latest additions' ? `; ${describeDatasetEntry(a)}` : a.dateDetail ? `; ${a.dateDetail}` : ''}`,
      })),
    });
  } else if (filters.addedSince) {
    const latest = latestAdditions(catalog.agreements);
    blocks.push({
      type: 'paragraph',
      text: `No agreement ${filters.addedSince.label}. The latest additions: ${latest.map((a) => a.name).join('; ')} (${latest[0] ? describeDatasetEntry(latest[0]) : 'no date'}).`,
    });
  } else if (filters.years) {
    const years = catalog.agreements.map((a) => a.year).filter((y): y is number => y !== null);
    blocks.push({ type: 'paragraph', text: `The catalog's agreements date from ${Math.min(...years)} to ${Math.max(...years)}.` });
  }
  if (matching.length > listed.length) blocks.push({ type: 'note', text: `Showing the ${listed.length} oldest of ${matching.length}; narrow the question with a year, a kind of party or a binding status.` });
  if (filters.addedSince) {
    const maybe = mayHaveEntered(catalog, filters);
    if (maybe.length > 0) {
      blocks.push({ type: 'note', text: `${maybe.length} more may have entered then: the sources date their entry only as ${entryDescriptions(maybe).join('; or ')}.` });
    }
  }
  if (filters.addedSince || pick === 'latest additions') {
    blocks.push({ type: 'note', text: 'These are dates of entry into the BPF\'s dataset, as its documents record them, not dates of adoption: an agreement launched in 2021 can have entered the dataset in 2022.' });
  } else if (byDate) {
    blocks.push({ type: 'note', text: 'Years are years of adoption or launch as recorded in the catalog; some agreements were revised later (see each agreement\'s date detail).' });
  }
  blocks.push(curationNote());
  return makeReply({ intent: byDate ? 'agreements-by-date' : 'agreement-list', blocks, agreements: listed, norms: [] });
}

/** The oldest or newest by year of adoption, all of them when several share that year. */
function pickByYear(sorted: readonly Agreement[], pick: 'all' | 'oldest' | 'newest'): readonly Agreement[] {
  if (pick === 'all') return sorted;
  const dated = sorted.filter((a) => a.year !== null);
  if (dated.length === 0) return sorted;
  const year = pick === 'oldest' ? dated[0]?.year : dated[dated.length - 1]?.year;
  return dated.filter((a) => a.year === year);
}

/** The agreements whose entry into the dataset is known to be the most recent (latest lower bound). */
function latestAdditions(list: readonly Agreement[]): readonly Agreement[] {
  const after = (a: Agreement) => entryWindow(a).after ?? '';
  const latest = list.map(after).sort().at(-1);
  return list.filter((a) => after(a) === latest);
}

/** The distinct ways these agreements' entries are dated, each worked out once (thousands share a few). */
function entryDescriptions(list: readonly Agreement[]): string[] {
  const byEntry = new Map<string, string>();
  for (const a of list) {
    const e = a.datasetEntry;
    const key = e ? `${e.cycle ?? ''}|${e.after ?? ''}|${e.by}` : a.addedAt.slice(0, 10);
    if (!byEntry.has(key)) byEntry.set(key, describeDatasetEntry(a));
  }
  return [...new Set(byEntry.values())];
}
