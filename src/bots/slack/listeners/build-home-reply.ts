import type { CatalogSnapshot } from '../../../core/catalog/catalog-snapshot.js';
import type { Draft } from '../../../core/moderation/draft.js';
import { formatAge } from '../../../core/moderation/format-age.js';
import type { Block, Reply } from '../../../core/reply/reply.js';
import type { UnsortedItem } from '../../../core/unsorted/unsorted-item.js';

const EXAMPLE_ELEMENTS = 3;
const EXAMPLE_AGREEMENTS = 2;
const QUEUE_SHOWN = 30;

/** Example questions drawn from the catalog itself, so they always have an answer. */
export function exampleQuestions(catalog: CatalogSnapshot): string[] {
  const step = Math.max(1, Math.floor(catalog.elements.length / EXAMPLE_ELEMENTS));
  const elements = catalog.elements.filter((_, i) => i % step === 0).slice(0, EXAMPLE_ELEMENTS);
  const agreements = catalog.agreements.slice(0, EXAMPLE_AGREEMENTS);
  return [
    ...elements.map((e) => `/norms which agreements cover ${e.name.toLowerCase()}?`),
    ...agreements.map((a) => `/norms what does ${a.name} cover?`),
  ];
}

/** What the App Home shows: how to ask, example questions, and the pending queue to moderators. */
export function buildHomeReply(input: { catalog: CatalogSnapshot; isModerator: boolean; pending: readonly Draft[]; unsorted?: readonly UnsortedItem[]; now: Date }): Reply {
  const examples = exampleQuestions(input.catalog);
  const blocks: Block[] = [
    { type: 'heading', text: 'normbot: cybersecurity norms agreements' },
    {
      type: 'paragraph',
      text: `Ask about the ${input.catalog.agreements.length} agreements in the catalog and the ${input.catalog.elements.length} norm elements: type /norms and a question, mention me in a channel, or write to me here.`,
    },
    { type: 'list', ordered: false, items: examples.map((q) => ({ title: q })) },
  ];
  if (input.isModerator) {
    const shown = input.pending.slice(0, QUEUE_SHOWN);
    blocks.push({ type: 'divider' }, { type: 'heading', text: `Pending drafts: ${input.pending.length}` });
    if (shown.length === 0) blocks.push({ type: 'paragraph', text: 'Nothing waiting. New contributions appear here and in the moderators channel.' });
    else {
      blocks.push({
        type: 'list',
        ordered: false,
        items: shown.map((d) => ({
          title: `Draft ${d.id}: ${d.fields.name}`,
          detail: `from ${d.contributorLabel}, waiting ${formatAge(d.createdAt, input.now)}${d.catalogMatch ? `, looks like ${d.catalogMatch.name}` : ''}${d.claimedBy ? `, claimed by ${d.claimedBy.name}` : ''}`,
        })),
      });
      if (input.pending.length > shown.length) blocks.push({ type: 'note', text: `… ${input.pending.length - shown.length} more; "drafts" lists them all.` });
    }
    const unsorted = input.unsorted ?? [];
    if (unsorted.length > 0) blocks.push({ type: 'paragraph', text: `Mails that need a look: ${unsorted.length}; "unsorted" lists them.` });
  }
  const text = [`normbot: ask with /norms, a mention or a direct message.`, ...examples, ...(input.isModerator ? [`Pending drafts: ${input.pending.length}`] : [])].join('\n');
  return { intent: 'home', text, blocks, agreements: [], norms: [], ephemeral: false };
}
