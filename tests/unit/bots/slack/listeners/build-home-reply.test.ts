import { beforeAll, describe, expect, it } from 'vitest';
import { buildHomeReply } from '../../../../../src/bots/slack/listeners/build-home-reply.js';
import { renderSlack } from '../../../../../src/bots/slack/render/render-slack.js';
import type { CatalogSnapshot } from '../../../../../src/core/catalog/catalog-snapshot.js';
import { aDraft } from '../../../../helpers/draft-builder.js';
import { anUnsortedItem } from '../../../../helpers/unsorted-builder.js';
import { loadCatalog } from '../../../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
const now = new Date('2026-11-23T09:00:00Z');

describe('buildHomeReply', () => {
  it('shows example questions drawn from the catalog to everyone', () => {
    const reply = buildHomeReply({ catalog, isModerator: false, pending: [aDraft()], now });
    expect(reply.text).toContain(`/norms what does ${catalog.agreements[0]!.name} cover?`);
    expect(reply.text).not.toContain('Pending drafts');
  });

  it('shows the queues to moderators', () => {
    const reply = buildHomeReply({ catalog, isModerator: true, pending: [aDraft({ id: 3 }), aDraft({ id: 4 })], unsorted: [anUnsortedItem()], now });
    const rendered = JSON.stringify(renderSlack(reply, { maxBlocks: 100 }));
    expect(rendered).toContain('Pending drafts: 2');
    expect(rendered).toContain('Draft 4: Nordic Cyber Stability Accord');
    expect(rendered).toContain('waiting 3 d');
    expect(rendered).toContain('Mails that need a look: 1');
  });
});
