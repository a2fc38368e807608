import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Block, Reply } from '../reply/reply.js';
import { findAgreementSpans } from '../text/find-agreements.js';
import { EXAMPLE_QUESTIONS } from './answer-help.js';
import { makeReply } from './make-reply.js';

/** Loose enough to suggest a name, too loose to answer with it. */
const SUGGESTION_SCORE = 0.3;

/**
 * An honest "not in the catalog": names the closest catalog entries as suggestions in the text,
 * but lists no agreement as the answer, because none is.
 */
export function answerNotInCatalog(catalog: CatalogSnapshot, question: string, subject: string, kind: 'name' | 'topic' = 'name'): Reply {
  const close = findAgreementSpans(question, catalog, SUGGESTION_SCORE).slice(0, 3);
  const blocks: Block[] = [
    { type: 'heading', text: 'Not in the catalog' },
    {
      type: 'paragraph',
      text: `I found no agreement or norm element matching "${subject}" among the ${catalog.agreements.length} agreements and ${catalog.elements.length} norm elements of the catalog, so I cannot say anything about it.`,
    },
    {
      type: 'paragraph',
      text: close.length > 0 ? `Closest names in the catalog (not the same thing): ${close.map((m) => m.agreement.name).join('; ')}.` : 'No catalog name comes close.',
    },
    kind === 'name'
      ? { type: 'paragraph', text: `If it is a cybersecurity norms agreement, members can propose it by e-mail to the mailing list; moderators review every contribution. Try also: "${EXAMPLE_QUESTIONS[0]}" or "list all agreements".` }
      : { type: 'paragraph', text: `Topics I know are the norm elements: ${catalog.elements.map((e) => `${e.id} ${e.name}`).join('; ')}.` },
  ];
  return makeReply({ intent: 'not-in-catalog', blocks, agreements: [], norms: [] });
}
