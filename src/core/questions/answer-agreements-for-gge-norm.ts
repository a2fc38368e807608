import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Block, Reply } from '../reply/reply.js';
import type { GgeNorm, NormElement } from '../taxonomy/norm-element.js';
import { applyFilters, describeFilters, hasFilters, type AgreementFilters } from './agreement-filters.js';
import { agreementItem, agreementsCovering, elementLabel } from './answer-agreements-for-element.js';
import { curationNote } from './curation-note.js';
import { MAX_LISTED_AGREEMENTS } from './list-limits.js';
import { makeReply } from './make-reply.js';

/**
 * "Which agreements reflect 13(f)?": the agreements covering the norm's elements, those covering
 * more of them first, each with the elements it covers and the evidence. A norm the taxonomy has
 * no element for (13(b), attribution) is said to be unanswerable from the catalog, not guessed.
 */
export function answerAgreementsForGgeNorm(catalog: CatalogSnapshot, norms: readonly GgeNorm[], filters: AgreementFilters): Reply {
  const elements = [...new Set(norms.flatMap((n) => n.elements))].flatMap((id) => catalog.elementById.get(id) ?? []);
  const covered = (a: Agreement) => elements.filter((e) => a.coverage.some((c) => c.element === e.id));
  const candidates = agreementsCovering(catalog, [elements]);
  // agreements covering more of the norm's elements reflect more of it; the sort keeps year order within a count
  const matching = [...applyFilters(catalog, candidates, filters)].sort((a, b) => covered(b).length - covered(a).length);
  const listed = matching.slice(0, MAX_LISTED_AGREEMENTS);
  const title = norms.map((n) => `13(${n.letter})`).join(', ');
  const blocks: Block[] = [
    { type: 'heading', text: `Agreements reflecting UN GGE 2015 norm${norms.length > 1 ? 's' : ''} ${title}` },
    ...norms.map((n): Block => ({ type: 'paragraph', text: `13(${n.letter}) ${n.title}: ${n.paraphrase} Elements: ${n.elements.length > 0 ? n.elements.map((id) => label(catalog, id)).join('; ') : 'none in the taxonomy'}.${n.status === 'unverified' ? ' Mapping (unverified).' : ''}` })),
  ];
  if (elements.length === 0) {
    blocks.push({ type: 'paragraph', text: `No norm element of the taxonomy maps to ${title}, so the catalog cannot say which agreements reflect it. Ask about a related element instead, or propose a mapping to the moderators.` });
  } else {
    const scope = hasFilters(filters) ? ` and match "${describeFilters(filters)}"` : '';
    blocks.push({ type: 'paragraph', text: `${matching.length} of the ${catalog.agreements.length} agreements in the catalog cover ${elements.length > 1 ? 'at least one of these elements' : 'this element'}${scope}; an agreement reflects the norm as far as it covers its elements.` });
    if (listed.length > 0) {
      blocks.push({ type: 'list', ordered: false, items: listed.map((a) => agreementItem(a, elements, `covers ${covered(a).map(elementLabel).join(', ')}`)) });
    }
    if (matching.length > listed.length) blocks.push({ type: 'note', text: `Showing ${listed.length} of ${matching.length}; narrow the question with a year, a kind of party or a binding status.` });
  }
  blocks.push({ type: 'note', text: 'Source of the norms: Report of the UN Group of Governmental Experts, A/70/174 (22 July 2015), para. 13. The mapping of norms to elements is normbot\'s reading; mappings marked (unverified) await review.' });
  blocks.push(curationNote());
  return makeReply({ intent: 'agreements-for-gge-norm', blocks, agreements: listed, norms: elements });
}

function label(catalog: CatalogSnapshot, id: string): string {
  const e: NormElement | undefined = catalog.elementById.get(id);
  return e ? elementLabel(e) : id;
}
