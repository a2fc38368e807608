import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Block, ListItem, Reply } from '../reply/reply.js';
import type { NormElement } from '../taxonomy/norm-element.js';
import { columnsOf, coversAny, elementMask, listOfRows, rowsOf } from './agreement-columns.js';
import { applyFilters, describeFilters, hasFilters, type AgreementFilters } from './agreement-filters.js';
import { curationNote } from './curation-note.js';
import { describeAgreement, shortNameOf } from './describe-agreement.js';
import { namedMaintainer } from './find-maintained-agreements.js';
import { makeReply } from './make-reply.js';
import { joinCapped, MAX_LISTED_AGREEMENTS, MAX_NAMED_INLINE } from './list-limits.js';
import { toEvidence } from './to-evidence.js';

/**
 * "Which agreements cover X?": the agreements covering the elements (all of them when the question
 * joins them with "and", any of them with "or"), filtered, in order of adoption, with evidence.
 */
export function answerAgreementsForElement(input: {
  catalog: CatalogSnapshot;
  elements: readonly NormElement[];
  filters: AgreementFilters;
  mode: 'all' | 'any';
  /** for 'all': an agreement must cover one element of each group (default: each element) */
  groups?: readonly (readonly NormElement[])[];
  /** "who has agreed on ...": each agreement's maintainer in its line */
  showMaintainer?: boolean;
}): Reply {
  const { catalog, elements, filters } = input;
  const groups = input.groups ?? elements.map((e) => [e]);
  const all = input.mode === 'all' ? agreementsCovering(catalog, groups) : [];
  const mode = input.mode === 'all' && all.length === 0 && elements.length > 1 ? 'any' : input.mode;
  const candidates = mode === 'all' ? all : agreementsCovering(catalog, [elements]);
  const matching = applyFilters(catalog, candidates, filters);
  const listed = matching.slice(0, MAX_LISTED_AGREEMENTS);
  const names = mode === 'all' ? groups.map((g) => g.map(elementLabel).join(' or ')).join(' and ') : elements.map(elementLabel).join(' or ');
  const blocks: Block[] = [{ type: 'heading', text: `Agreements covering ${names}` }];
  const total = catalog.agreements.length;
  if (input.mode === 'all' && mode === 'any') blocks.push({ type: 'paragraph', text: `No agreement in the catalog covers all of ${names}; here are those covering any of them.` });
  if (hasFilters(filters)) {
    const eligible = applyFilters(catalog, catalog.agreements, filters).length;
    blocks.push({
      type: 'paragraph',
      text: `${matching.length} of the ${candidates.length} agreements covering ${names} match "${describeFilters(filters)}" (${eligible} of the ${total} agreements in the catalog match that filter).`,
    });
    if (listed.length === 0 && candidates.length > 0) {
      blocks.push({ type: 'paragraph', text: `Without the filter, these cover it: ${joinCapped(candidates.slice(0, MAX_NAMED_INLINE + 1).map(shortNameOf), MAX_NAMED_INLINE, candidates.length)}.` });
    }
  } else {
    blocks.push({ type: 'paragraph', text: `${matching.length} of the ${total} agreements in the catalog cover ${names}.` });
  }
  if (matching.length > listed.length) {
    blocks.push({ type: 'note', text: `Showing the ${listed.length} oldest of ${matching.length}. Narrow the question with a year ("since 2018"), a kind of party ("industry") or a binding status.` });
  }
  if (listed.length > 0) blocks.push({ type: 'list', ordered: false, items: listed.map((a) => agreementItem(a, elements, input.showMaintainer ? (namedMaintainer(a) ? `maintained by ${a.maintainer}` : 'no maintainer or convener') : '')) });
  const gge = catalog.ggeNorms.filter((n) => n.elements.some((id) => elements.some((e) => e.id === id)));
  if (gge.length > 0) blocks.push({ type: 'note', text: `UN GGE 2015 norms for this: ${gge.map((n) => `13(${n.letter}) ${n.title}`).join('; ')}.` });
  blocks.push(curationNote());
  return makeReply({ intent: 'agreements-for-element', blocks, agreements: listed, norms: elements });
}

export function elementLabel(e: NormElement): string {
  return `${e.id} ${e.name}`;
}

/** An agreement's line in a list: its facts, `more` after them, and the evidence for the elements asked about. */
export function agreementItem(a: Agreement, elements: readonly NormElement[], more = ''): ListItem {
  const evidence = a.coverage.filter((c) => elements.some((e) => e.id === c.element)).map((c) => toEvidence(c));
  return { title: a.name, ref: { id: String(a.id), name: a.name }, detail: `${describeAgreement(a)}${more ? `; ${more}` : ''}`, evidence };
}

/**
 * The agreements covering an element of every group, oldest first (shared when one element: do not
 * mutate). Read from the snapshot's columns in year order: one pass over small typed
 * arrays, where joining and sorting the lists of a whole category took milliseconds at 10,000.
 */
export function agreementsCovering(catalog: CatalogSnapshot, groups: readonly (readonly NormElement[])[]): readonly Agreement[] {
  const only = groups.length === 1 && groups[0]!.length === 1 ? groups[0]![0] : undefined;
  if (only) return sortByYear(catalog.agreementsByElement.get(only.id) ?? []);
  const sorted = sortByYear(catalog.agreements);
  const cols = columnsOf(catalog, true)!;
  const rows = rowsOf(cols, sorted)!; // the snapshot's own agreements
  const masks = groups.map((g) => elementMask(cols, g.map((e) => e.id)));
  const out: number[] = [];
  for (let k = 0; k < sorted.length; k++) if (masks.every((m) => coversAny(cols, rows[k]!, m))) out.push(rows[k]!);
  return listOfRows(cols, out);
}

/** Sorted copies of the snapshot's per-element lists, which never change: sorting 2,000 agreements per question shows at 10,000. */
const sortedCache = new WeakMap<readonly Agreement[], readonly Agreement[]>();

/** Oldest first, undated last. The result is shared: do not mutate it. */
export function sortByYear(list: readonly Agreement[]): readonly Agreement[] {
  const cached = sortedCache.get(list);
  if (cached) return cached;
  const sorted = [...list].sort(byYear);
  sortedCache.set(list, sorted);
  return sorted;
}

function byYear(a: Agreement, b: Agreement): number {
  return (a.year ?? 9999) - (b.year ?? 9999) || a.id - b.id;
}
