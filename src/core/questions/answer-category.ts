import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Block, Reply } from '../reply/reply.js';
import type { Category } from '../taxonomy/norm-element.js';
import { elementLabel } from './answer-agreements-for-element.js';
import { curationNote } from './curation-note.js';
import { makeReply } from './make-reply.js';

/** "What are the restraint norms?": a category's elements, what each means, and how many agreements cover it. */
export function answerCategory(catalog: CatalogSnapshot, category: Category): Reply {
  const elements = catalog.elements.filter((e) => e.categoryId === category.id);
  const blocks: Block[] = [
    { type: 'heading', text: `Category ${category.id}: ${category.name}` },
    { type: 'paragraph', text: `${category.description} It has ${elements.length} elements:` },
    {
      type: 'list',
      ordered: false,
      items: elements.map((e) => ({
        title: elementLabel(e),
        ref: { id: e.id, name: e.name },
        detail: `${e.description} Covered by ${(catalog.agreementsByElement.get(e.id) ?? []).length} of ${catalog.agreements.length} agreements.`,
      })),
    },
    curationNote(),
  ];
  return makeReply({ intent: 'element-category', blocks, agreements: [], norms: elements });
}
