import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Block, Reply } from '../reply/reply.js';
import { applyFilters, type AgreementFilters } from './agreement-filters.js';
import { sortByYear } from './answer-agreements-for-element.js';
import { curationNote } from './curation-note.js';
import { MAX_LISTED_AGREEMENTS } from './list-limits.js';
import { makeReply } from './make-reply.js';

/** "Which agreements have unverified links?": where the catalog still rests on unread sources, for moderators to check. */
export function answerUnverifiedLinks(catalog: CatalogSnapshot, filters: AgreementFilters): Reply {
  const unverified = sortByYear(applyFilters(catalog, catalog.agreements, filters)).filter(
    (a) => a.coverage.some((c) => c.status === 'unverified') || /unverified/i.test(a.urlNote),
  );
  const listed = unverified.slice(0, MAX_LISTED_AGREEMENTS);
  const links = catalog.agreements.reduce((n, a) => n + a.coverage.filter((c) => c.status === 'unverified').length, 0);
  const all = catalog.agreements.reduce((n, a) => n + a.coverage.length, 0);
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
