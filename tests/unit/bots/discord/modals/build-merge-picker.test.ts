import { beforeAll, describe, expect, it } from 'vitest';
import { buildMergePicker, mergeCandidates } from '../../../../../src/bots/discord/modals/build-merge-picker.js';
import type { CatalogSnapshot } from '../../../../../src/core/catalog/catalog-snapshot.js';
import { aDraft, aDraftFields } from '../../../../helpers/draft-builder.js';
import { loadCatalog } from '../../../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('merge picker', () => {
  it('lists the intake catalog match first', () => {
    const target = catalog.agreements[30]!;
    const draft = aDraft({ catalogMatch: { agreementId: target.id, name: target.name, score: 0.8 } });
    expect(mergeCandidates(draft, catalog)[0]).toBe(target);
  });

  it('lists name matches before the rest of the catalog', () => {
    const draft = aDraft({ fields: aDraftFields({ name: 'Paris Call' }) });
    expect(mergeCandidates(draft, catalog)[0]!.name).toMatch(/Paris Call/);
  });

  it('offers at most 25 distinct agreements', () => {
    const ids = mergeCandidates(aDraft(), catalog).map((a) => a.id);
    expect(ids).toHaveLength(25);
    expect(new Set(ids).size).toBe(25);
  });

  it('carries the draft id in the select custom id, points to /desk merge for the rest, and pings nobody', () => {
    const page = buildMergePicker(aDraft({ id: 31 }), catalog);
    expect((page.components[0]!.components[0] as { custom_id: string }).custom_id).toBe('nb:merge-pick:31');
    expect(page.content).toContain('/desk merge draft:31');
    expect(page.allowedMentions).toEqual({ parse: [] });
  });
});
