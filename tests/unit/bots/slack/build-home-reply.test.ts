import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../src/core/catalog/catalog-snapshot.js';
import { buildDigestReply } from '../../../../src/bots/slack/build-digest-reply.js';
import { buildHomeReply } from '../../../../src/bots/slack/build-home-reply.js';
import { renderSlack } from '../../../../src/bots/slack/render-slack.js';
import { aDraft } from '../../../helpers/draft-builder.js';
import { loadCatalog } from '../../../helpers/load-catalog.js';

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

  it('shows the pending queue to moderators', () => {
    const reply = buildHomeReply({ catalog, isModerator: true, pending: [aDraft({ id: 3 }), aDraft({ id: 4 })], now });
    const rendered = JSON.stringify(renderSlack(reply, { maxBlocks: 100 }));
    expect(rendered).toContain('Pending drafts: 2');
    expect(rendered).toContain('Draft 4: Nordic Cyber Stability Accord');
    expect(rendered).toContain('waiting 3 d');
  });
});

describe('buildDigestReply', () => {
  it('lists pending drafts oldest first with their age', () => {
    const reply = buildDigestReply([aDraft({ id: 9, createdAt: '2026-11-23T08:00:00Z' }), aDraft({ id: 2, createdAt: '2026-11-21T09:00:00Z' })], now);
    const lines = reply.text.split('\n');
    expect(lines[0]).toBe('2 drafts waiting for a moderator:');
    expect(lines[1]).toMatch(/^Draft 2: Nordic Cyber Stability Accord \(from Ada Lovelace, Analytical Engines Ltd, waiting \d+ \w+\)$/);
    expect(lines[2]).toMatch(/^Draft 9: /);
  });
});
