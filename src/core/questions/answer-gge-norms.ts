import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Block, Reply } from '../reply/reply.js';
import type { GgeNorm } from '../taxonomy/norm-element.js';
import { findAgreements } from '../text/find-agreements.js';
import { elementLabel } from './answer-agreements-for-element.js';
import { curationNote } from './curation-note.js';
import { makeReply } from './make-reply.js';

/**
 * The UN GGE 2015 norms (A/70/174 para. 13) and how they map to the elements: one norm or a few
 * when asked ("13(i)", "the GGE norm on CERTs"), all eleven otherwise.
 */
export function answerGgeNorms(catalog: CatalogSnapshot, norms: readonly GgeNorm[]): Reply {
  const shown = norms.length > 0 ? norms : catalog.ggeNorms;
  const elements = unique(shown.flatMap((n) => n.elements)).flatMap((id) => catalog.elementById.get(id) ?? []);
  const report = findAgreements('UN GGE 2015 A/70/174', catalog).find((m) => m.score >= 0.9)?.agreement;
  const blocks: Block[] = [
    { type: 'heading', text: norms.length === 0 ? 'The eleven UN GGE 2015 norms' : norms.length === 1 ? `UN GGE 2015 norm 13(${norms[0]?.letter})` : 'UN GGE 2015 norms' },
    {
      type: 'list',
      ordered: false,
      items: shown.map((n) => ({
        title: `13(${n.letter}) ${n.title}`,
        detail:
          `${n.paraphrase} Elements: ${n.elements.length > 0 ? n.elements.map((id) => { const e = catalog.elementById.get(id); return e ? elementLabel(e) : id; }).join('; ') : 'none in the taxonomy'}.` +
          `${n.status === 'unverified' ? ' Mapping (unverified).' : ''} Source: ${n.source}.`,
      })),
    },
  ];
  if (elements.length > 0) {
    blocks.push({
      type: 'paragraph',
      text: `Agreements in the catalog covering these elements: ${elements.map((e) => `${e.id} ${e.name}: ${(catalog.agreementsByElement.get(e.id) ?? []).length}`).join('; ')}. Ask "which agreements cover ${elements[0]?.name ?? 'it'}?" for the list.`,
    });
  }
  blocks.push({ type: 'note', text: 'Source: Report of the UN Group of Governmental Experts, A/70/174 (22 July 2015), para. 13. Paraphrases and the mapping to elements are normbot\'s reading; mappings marked (unverified) await review.' });
  blocks.push(curationNote());
  return makeReply({ intent: 'gge-norms', blocks, agreements: report ? [report] : [], norms: elements });
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
