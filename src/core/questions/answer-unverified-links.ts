import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Block, Reply } from '../reply/reply.js';
import { applyFilters, type AgreementFilters } from './agreement-filters.js';
import { sortByYear } from './answer-agreements-for-element.js';
import { curationNote } from './curation-note.js';
import { MAX_LISTED_AGREEMENTS } from './list-limits.js';
import { makeReply } from './make-reply.js';

/** "Which agreements have unverified links?": where the catalog still rests on unread sources, for moderators to check. */
export function answerUnverifiedLinks(catalog: CatalogSnapshot, filters: AgreementFilters): Reply {
  const { agreements, links, all } = unverifiedOf(catalog);
  // the few unverified ones are filtered and sorted, not the whole catalog
  const unverified = sortByYear(applyFilters(catalog, agreements, filters));
  const listed = unverified.slice(0, MAX_LISTED_AGREEMENTS);
  const blocks: Block[] = [
    { type: 'heading', text: 'Agreements with unverified links' },
    { type: 'paragraph', text: `${links} of the ${all} coverage links in the catalog are unverified; ${unverified.length} agreements have at least one, or an unverified address.` },
    {
      type: 'list',
      ordered: false,
      items: listed.map((a) => {
        const open = a.coverage.filter((c) => c.status === 'unverified');
        return {
          title: a.name,
          ref: { id: String(a.id), name: a.name },
          detail: [open.length > 0 ? `unverified coverage: ${open.map((c) => c.element).join(', ')}` : '', /unverified/i.test(a.urlNote) ? `address (unverified): ${a.url}` : ''].filter((x) => x !== '').join('; '),
        };
      }),
    },
    curationNote(),
  ];
  return makeReply({ intent: 'unverified-links', blocks, agreements: listed, norms: [] });
}

const unverifiedCache = new WeakMap<CatalogSnapshot, { agreements: readonly Agreement[]; links: number; all: number }>();

/** The catalog's agreements with an unverified link or address, and its counts of unverified and all coverage links. */
function unverifiedOf(catalog: CatalogSnapshot): { agreements: readonly Agreement[]; links: number; all: number } {
  let found = unverifiedCache.get(catalog);
  if (!found) {
    let links = 0;
    let all = 0;
    const agreements: Agreement[] = [];
    for (const a of catalog.agreements) {
      const open = a.coverage.filter((c) => c.status === 'unverified').length;
      links += open;
      all += a.coverage.length;
      if (open > 0 || /unverified/i.test(a.urlNote)) agreements.push(a);
    }
    found = { agreements, links, all };
    unverifiedCache.set(catalog, found);
  }
  return found;
}
