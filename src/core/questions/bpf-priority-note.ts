import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { BPF_2022_PRIORITIES, BPF_2022_PRIORITIES_SOURCE, type BpfPriority } from '../analytics/bpf-2022-findings.js';
import type { Block, Reply } from '../reply/reply.js';
import { normalizeText } from '../text/normalize-text.js';
import { applyFilters, type AgreementFilters } from './agreement-filters.js';
import { curationNote } from './curation-note.js';
import { describeAgreement } from './describe-agreement.js';
import { makeReply, withParagraphUnderHeading } from './make-reply.js';
import { renderReplyText } from './render-reply-text.js';

/** The replies a topic's finding is added to: lists by topic, and a topic read as nothing. */
const TOPIC_INTENTS = new Set(['agreements-for-element', 'not-in-catalog', 'unknown']);

/** The draft's priority a question names by its words ("which agreements mention ransomware?"), if any. */
export function findBpfPriority(normalQuestion: string): BpfPriority | undefined {
  const padded = ` ${normalQuestion} `;
  return BPF_2022_PRIORITIES.find((p) => p.phrases.some((phrase) => padded.includes(` ${normalizeText(phrase)} `)));
}

/**
 * A list by topic with what the BPF's draft says of that topic first: its words, with the agreements
 * it names, each with the draft as evidence. The element answer stays below, said to be the
 * element the topic is read as: the catalog's coverage is per element, and records no such topic.
 * A topic read as no element is answered with the finding alone.
 */
export function withBpfPriority(reply: Reply, catalog: CatalogSnapshot, normalQuestion: string, asksForList: boolean, filters: AgreementFilters): Reply {
  const priority = findBpfPriority(normalQuestion);
  if (priority && reply.intent === 'agreement-coverage') return withFindingOnAgreement(reply, catalog, priority);
  if (!priority || !TOPIC_INTENTS.has(reply.intent) || (reply.intent !== 'agreements-for-element' && !asksForList)) return reply;
  // the question's filters hold for them too ("ransomware agreements since 2020")
  const named = applyFilters(catalog, priority.agreements.flatMap((name) => catalog.agreements.find((a) => a.name === name || a.aliases.includes(name)) ?? []), filters);
  if (named.length === 0) return reply;
  const finding: Block[] = [
    {
      type: 'paragraph',
      text: `The BPF's December 2022 draft names ${priority.topic} for ${named.length === 1 ? 'this agreement' : `these ${named.length} agreements`}; the catalog's coverage is recorded per norm element, not per topic such as ${priority.topic}.`,
    },
    {
      type: 'list',
      ordered: false,
      items: named.map((a) => ({
        title: a.name,
        ref: { id: String(a.id), name: a.name },
        detail: describeAgreement(a),
        evidence: [{ quote: priority.quote, source: BPF_2022_PRIORITIES_SOURCE, status: 'sourced' as const, kind: 'note' as const }],
      })),
    },
  ];
  // a text the catalog lacks is still said to be missing; the finding follows
  if (reply.intent === 'not-in-catalog') return withBlocks(reply, [...reply.blocks, ...finding], named);
  if (reply.intent !== 'agreements-for-element') return findingAlone(priority, named, finding);
  const elements = reply.norms.map((n) => `${n.id} ${n.name}`).join(' or ');
  const [heading, ...rest] = reply.blocks;
  const blocks: Block[] = [
    ...(heading ? [heading] : []),
    ...finding,
    { type: 'paragraph', text: `The question is read as the norm element${reply.norms.length > 1 ? 's' : ''} ${elements}; the agreements the catalog links to ${reply.norms.length > 1 ? 'them' : 'it'} follow.` },
    ...rest,
  ];
  return withBlocks(reply, blocks, named);
}

/** The reply with new blocks, the agreements the finding names listed first. */
function withBlocks(reply: Reply, blocks: Block[], named: readonly Agreement[]): Reply {
  const agreements = [...named.map((a) => ({ id: String(a.id), name: a.name })), ...reply.agreements.filter((r) => !named.some((a) => String(a.id) === r.id))];
  return { ...reply, blocks, agreements, text: renderReplyText(blocks) };
}

/** "Does the DFI address ransomware?": an agreement the draft names for the topic is said to be so, whatever its element coverage says. */
function withFindingOnAgreement(reply: Reply, catalog: CatalogSnapshot, priority: BpfPriority): Reply {
  const asked = reply.agreements[0];
  const agreement = asked ? catalog.agreementById.get(Number(asked.id)) : undefined;
  if (!agreement || !priority.agreements.some((name) => name === agreement.name || agreement.aliases.includes(name))) return reply;
  const text = `The BPF's December 2022 draft names ${priority.topic} for this agreement: ${priority.quote} (${BPF_2022_PRIORITIES_SOURCE}). The catalog's coverage is recorded per norm element, not per topic such as ${priority.topic}.`;
  return withParagraphUnderHeading(reply, text);
}

function findingAlone(priority: BpfPriority, named: readonly Agreement[], finding: Block[]): Reply {
  const blocks: Block[] = [{ type: 'heading', text: `Agreements the BPF names for ${priority.topic}` }, ...finding, curationNote()];
  return makeReply({ intent: 'agreements-for-topic', blocks, agreements: named, norms: [] });
}
