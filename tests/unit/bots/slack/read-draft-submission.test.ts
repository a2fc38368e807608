import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../src/core/catalog/catalog-snapshot.js';
import { buildEditModal, buildMergeModal, buildRejectModal } from '../../../../src/bots/slack/build-draft-modals.js';
import { readEditSubmission, readMergeSubmission, readRejectSubmission, readSubmissionVersion } from '../../../../src/bots/slack/read-draft-submission.js';
import { aDraft, aDraftFields } from '../../../helpers/draft-builder.js';
import { loadCatalog } from '../../../helpers/load-catalog.js';
import { stateFromModal } from '../../../helpers/fake-slack-api.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const submitted = (view: ReturnType<typeof buildEditModal>, changes: Record<string, unknown> = {}) => ({
  private_metadata: view.private_metadata,
  state: { values: stateFromModal(view as never, changes) },
});

describe('edit modal', () => {
  it('pre-fills every field of the draft', () => {
    const view = buildEditModal(aDraft(), catalog);
    const state = stateFromModal(view as never);
    expect(state.name?.value).toMatchObject({ value: 'Nordic Cyber Stability Accord' });
    expect(state.signatories?.value).toMatchObject({ value: 'Denmark\nFinland\nIceland\nNorway\nSweden' });
    expect(state.normElements?.value).toMatchObject({ selected_options: [expect.objectContaining({ value: '2.1' })] });
  });

  it('reads only the fields the moderator changed', () => {
    const draft = aDraft();
    const view = buildEditModal(draft, catalog);
    const out = readEditSubmission(submitted(view, { name: { value: 'Nordic Accord' }, launchYear: { value: '2020' } }), draft, catalog);
    expect(out).toEqual({ ok: true, draftId: draft.id, value: { name: 'Nordic Accord', launchYear: 2020 } });
  });

  it('leaves a field holding a hidden address untouched when it was not edited', () => {
    const draft = aDraft({ fields: aDraftFields({ maintainer: 'Secretariat, contact sec@nordic.example' }) });
    const view = buildEditModal(draft, catalog);
    expect(JSON.stringify(view)).not.toContain('sec@nordic.example');
    const out = readEditSubmission(submitted(view), draft, catalog);
    expect(out).toEqual({ ok: true, draftId: draft.id, value: {} });
  });

  it('keeps the sentence of a kept norm element and names a new one from the catalog', () => {
    const draft = aDraft();
    const view = buildEditModal(draft, catalog);
    const out = readEditSubmission(submitted(view, { normElements: { selected_options: [{ value: '2.1' }, { value: '1.1' }] } }), draft, catalog);
    expect(out.ok && out.value.normElements).toEqual([
      draft.fields.normElements[0],
      { id: '1.1', name: catalog.elementById.get('1.1')?.name, sentence: '' },
    ]);
  });

  it('returns an error for the year input when the year is not a year', () => {
    const draft = aDraft();
    const out = readEditSubmission(submitted(buildEditModal(draft, catalog), { launchYear: { value: 'soon' } }), draft, catalog);
    expect(out.ok === false && out.errors).toEqual({ launchYear: expect.stringMatching(/four-digit year/) });
  });

  it('records the draft version the form was filled from', () => {
    const draft = aDraft({ version: 3 });
    expect(readSubmissionVersion(submitted(buildEditModal(draft, catalog)))).toBe(3);
  });

  it('reads no version from a form that did not record one', () => {
    expect(readSubmissionVersion({ private_metadata: JSON.stringify({ draftId: 1 }), state: { values: {} } })).toBeNull();
  });

  it('refuses a submission whose metadata was tampered with', () => {
    const draft = aDraft();
    const out = readEditSubmission({ private_metadata: 'not json', state: { values: {} } }, draft, catalog);
    expect(out.ok).toBe(false);
  });
});

describe('reject and merge modals', () => {
  it('needs a reason to reject', () => {
    const view = buildRejectModal(aDraft());
    expect(readRejectSubmission({ private_metadata: view.private_metadata, state: { values: stateFromModal(view as never) } })).toMatchObject({ ok: false, errors: { reason: expect.any(String) } });
  });

  it('offers catalog agreements with the suggested match chosen', () => {
    const match = catalog.agreements[5]!;
    const draft = aDraft({ catalogMatch: { agreementId: match.id, name: match.name, score: 0.9 } });
    const view = buildMergeModal(draft, catalog);
    const out = readMergeSubmission({ private_metadata: view.private_metadata, state: { values: stateFromModal(view as never) } });
    expect(out).toEqual({ ok: true, draftId: draft.id, value: match.id });
  });
});
