import { beforeAll, describe, expect, it } from 'vitest';
import { buildHomeReply, exampleQuestions } from '../../../../../src/bots/slack/listeners/build-home-reply.js';
import type { CatalogSnapshot } from '../../../../../src/core/catalog/catalog-snapshot.js';
import { aDraft } from '../../../../helpers/draft-builder.js';
import { loadCatalog } from '../../../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
const now = new Date('2026-11-23T09:00:00Z');

describe('the App Home queue', () => {
  it('says nothing waits when nothing does', () => {
    const reply = buildHomeReply({ catalog, isModerator: true, pending: [], now });
    expect(reply.blocks.slice(-2)).toEqual([{ type: 'heading', text: 'Pending drafts: 0' }, { type: 'paragraph', text: 'Nothing waiting. New contributions appear here and in the moderators channel.' }]);
  });

  it('says what a draft looks like and who holds it, and shows at most 30 with a count of the rest', () => {
    const drafts = Array.from({ length: 32 }, (_, i) => aDraft({ id: i + 1, createdAt: '2026-11-23T08:00:00Z', catalogMatch: i === 0 ? { agreementId: 22, name: 'Paris Call', score: 0.8 } : null, claimedBy: i === 0 ? { platform: 'slack', id: 'U1', name: 'Ann' } : null }));
    const reply = buildHomeReply({ catalog, isModerator: true, pending: drafts, now });
    const list = reply.blocks.find((b) => b.type === 'list' && b.items[0]?.title.startsWith('Draft'));
    expect(list).toMatchObject({ items: expect.arrayContaining([{ title: 'Draft 1: Nordic Cyber Stability Accord', detail: 'from Ada Lovelace, Analytical Engines Ltd, waiting 1 h, looks like Paris Call, claimed by Ann' }]) });
    expect(list && list.type === 'list' ? list.items : []).toHaveLength(30);
    expect(reply.blocks.at(-1)).toEqual({ type: 'note', text: '… 2 more; "drafts" lists them all.' });
    expect(reply.text.split('\n').at(-1)).toBe('Pending drafts: 32');
  });

  it('draws example questions from the catalog: three elements spread over the taxonomy and two agreements', () => {
    const examples = exampleQuestions(catalog);
    const step = Math.floor(catalog.elements.length / 3);
    expect(examples).toEqual([
      ...[0, step, 2 * step].map((i) => `/norms which agreements cover ${catalog.elements[i]!.name.toLowerCase()}?`),
      `/norms what does ${catalog.agreements[0]!.name} cover?`,
      `/norms what does ${catalog.agreements[1]!.name} cover?`,
    ]);
  });
});
