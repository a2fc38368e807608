import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Block, Reply } from '../reply/reply.js';
import { findAgreementSpans } from '../text/find-agreements.js';
import { EXAMPLE_QUESTIONS } from './answer-help.js';
import { namedMaintainer } from './find-maintained-agreements.js';
import { BPF_CONTRIBUTION_ADDRESS } from './contribution-address.js';
import { makeReply } from './make-reply.js';

/** Loose enough to suggest a name, too loose to answer with it. */
const SUGGESTION_SCORE = 0.3;

/**
 * An honest "not in the catalog": names the closest catalog entries as suggestions in the text,
 * but lists no agreement as the answer, because none is. A missing agreement or convener comes
 * with the address where members propose one.
 */
export function answerNotInCatalog(
  catalog: CatalogSnapshot,
  question: string,
  subject: string,
  kind: 'name' | 'topic' | 'convener' = 'name',
  opts: { nearest?: readonly Agreement[]; contributionAddress?: string } = {},
): Reply {
  const close = opts.nearest ?? findAgreementSpans(question, catalog, SUGGESTION_SCORE).slice(0, 3).map((m) => m.agreement);
  const address = opts.contributionAddress ?? BPF_CONTRIBUTION_ADDRESS;
  const blocks: Block[] = [{ type: 'heading', text: 'Not in the catalog' }];
  if (kind === 'convener') {
    const conveners = someConveners(catalog, 12);
    blocks.push({ type: 'paragraph', text: `No agreement among the ${catalog.agreements.length} in the catalog is maintained or convened by "${subject}", so I cannot say what it has agreed.` });
    blocks.push({ type: 'paragraph', text: `Conveners in the catalog include: ${conveners.join('; ')}.` });
  } else {
    blocks.push({
      type: 'paragraph',
      text: `I found no agreement or norm element matching "${subject}" among the ${catalog.agreements.length} agreements and ${catalog.elements.length} norm elements of the catalog, so I cannot say anything about it.`,
    });
  }
  if (kind !== 'topic') {
    blocks.push({ type: 'paragraph', text: close.length > 0 ? `Closest names in the catalog (not the same thing): ${close.map((a) => a.name).join('; ')}.` : 'No catalog name comes close.' });
    blocks.push({
      type: 'paragraph',
      text: `If it is a cybersecurity norms agreement, propose it for the catalog by e-mail to ${address} (the BPF's call for contributions): its name, who agreed it, when, and a link to the text. Moderators review every contribution. Try also: "${EXAMPLE_QUESTIONS[0]}" or "list all agreements".`,
    });
  } else {
    blocks.push({ type: 'paragraph', text: `Topics I know are the norm elements: ${catalog.elements.map((e) => `${e.id} ${e.name}`).join('; ')}.` });
  }
  return makeReply({ intent: 'not-in-catalog', blocks, agreements: [], norms: [] });
}

/** The first `count` distinct conveners in catalog order: read until found, not over 10,000 agreements. */
function someConveners(catalog: CatalogSnapshot, count: number): string[] {
  const found = new Set<string>();
  for (const a of catalog.agreements) {
    const convener = namedMaintainer(a)?.split(/[;(]/)[0]?.trim() ?? '';
    if (convener !== '') found.add(convener);
    if (found.size === count) break;
  }
  return [...found];
}
