import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Block, Reply } from '../reply/reply.js';
import { curationNote } from './curation-note.js';
import { makeReply } from './make-reply.js';

/** "What are the categories?", "how many norm elements are there?": the whole taxonomy, by category. */
export function answerTaxonomy(catalog: CatalogSnapshot): Reply {
  const blocks: Block[] = [
    { type: 'heading', text: `The BPF taxonomy: ${catalog.categories.length} categories, ${catalog.elements.length} norm elements` },
    {
      type: 'list',
      ordered: false,
      items: catalog.categories.map((c) => ({
        title: `${c.id} ${c.name}`,
        detail: catalog.elements
          .filter((e) => e.categoryId === c.id)
          .map((e) => `${e.id} ${e.name} (${(catalog.agreementsByElement.get(e.id) ?? []).length})`)
          .join('; '),
      })),
    },
    { type: 'paragraph', text: 'In brackets: the number of agreements covering each element. Ask "what is 2.5?" for one element, or "which agreements cover 2.5?".' },
    { type: 'note', text: 'Labels: BPF Cybersecurity WS1 draft output, December 2022. Names and descriptions are normbot\'s reading of those labels.' },
    curationNote(),
  ];
  return makeReply({ intent: 'taxonomy', blocks, agreements: [], norms: catalog.elements });
}
