import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Block, Reply } from '../reply/reply.js';
import type { NormElement } from '../taxonomy/norm-element.js';
import { agreementsCovering, elementLabel, sortByYear } from './answer-agreements-for-element.js';
import { curationNote } from './curation-note.js';
import { shortNameOf } from './describe-agreement.js';
import { joinCapped, MAX_NAMED_INLINE } from './list-limits.js';
import { makeReply } from './make-reply.js';

/** "What is 2.5?", "what are H functions?": the element's meaning, where the reading comes from, and who covers it. */
export function answerElementDefinition(catalog: CatalogSnapshot, elements: readonly NormElement[]): Reply {
  const blocks: Block[] = [];
  const listed = agreementsCovering(catalog, [elements]).slice(0, MAX_NAMED_INLINE);
  for (const e of elements) {
    const category = catalog.categories.find((c) => c.id === e.categoryId);
    const covering = catalog.agreementsByElement.get(e.id) ?? [];
    const gge = catalog.ggeNorms.filter((n) => n.elements.includes(e.id));
    blocks.push({ type: 'heading', text: elementLabel(e) });
    blocks.push({ type: 'paragraph', text: e.description });
    blocks.push({
      type: 'fields',
      fields: [
        { label: 'Category', value: category ? `${category.id} ${category.name}` : e.categoryId },
        { label: 'Label in the BPF taxonomy', value: e.seedLabel },
        { label: 'Also called', value: e.synonyms.slice(0, 8).join(', ') },
        { label: 'UN GGE 2015 norms', value: gge.length > 0 ? gge.map((n) => `13(${n.letter}) ${n.title}`).join('; ') : 'none' },
        { label: 'Covered by', value: `${covering.length} of ${catalog.agreements.length} agreements${covering.length > 0 ? `: ${joinCapped(sortByYear(covering).slice(0, MAX_NAMED_INLINE + 1).map(shortNameOf), MAX_NAMED_INLINE, covering.length)}` : ''}` },
        { label: 'Source of this reading', value: e.source },
      ],
    });
    if (/unverified/i.test(e.source)) blocks.push({ type: 'note', text: `The reading of "${e.seedLabel}" is (unverified): the BPF's label does not spell it out.` });
  }
  blocks.push(curationNote());
  return makeReply({ intent: 'element-definition', blocks, agreements: listed, norms: elements });
}
