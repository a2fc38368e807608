import { beforeAll, describe, expect, it } from 'vitest';
import { buildDismissModal } from '../../../../../src/bots/slack/modals/build-dismiss-modal.js';
import { buildEditModal } from '../../../../../src/bots/slack/modals/build-edit-modal.js';
import { buildMergePicker, mergeOptions } from '../../../../../src/bots/slack/modals/build-merge-picker.js';
import { buildRejectModal } from '../../../../../src/bots/slack/modals/build-reject-modal.js';
import { readEditForm, readFormSubject, readMergeForm, readReasonForm, readView } from '../../../../../src/bots/slack/modals/read-form.js';
import type { CatalogSnapshot } from '../../../../../src/core/catalog/catalog-snapshot.js';
import { aDraft, aDraftFields } from '../../../../helpers/draft-builder.js';
import { stateFromModal } from '../../../../helpers/fake-slack-api.js';
import { anUnsortedItem } from '../../../../helpers/unsorted-builder.js';
import { loadCatalog } from '../../../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const submitted = (view: { private_metadata?: string; blocks: unknown[] }, changes: Record<string, unknown> = {}) =>
  readView({ private_metadata: view.private_metadata, state: { values: stateFromModal(view as never, changes) } })!;

describe('the Edit modal', () => {
  it('pre-fills every field of the draft, norm elements and GGE norms included', () => {
    const state = stateFromModal(buildEditModal(aDraft(), catalog) as never);
    expect(state.name?.value).toMatchObject({ value: 'Nordic Cyber Stability Accord' });
    expect(state.signatories?.value).toMatchObject({ value: 'Denmark\nFinland\nIceland\nNorway\nSweden' });
    expect(state.normElements?.value).toMatchObject({ selected_options: [expect.objectContaining({ value: '2.1' })] });
    expect(state.ggeNorms?.value).toMatchObject({ selected_options: [expect.objectContaining({ value: '13f' })] });
  });

  it('reads only the fields the moderator changed', () => {
    const draft = aDraft();
    const out = readEditForm(submitted(buildEditModal(draft, catalog), { name: { value: 'Nordic Accord' }, launchYear: { value: '2020' } }), draft, catalog);
    expect(out).toEqual({ ok: true, value: { name: 'Nordic Accord', launchYear: 2020 } });
  });

  it('leaves a field holding a hidden address untouched when it was not edited', () => {
    const draft = aDraft({ fields: aDraftFields({ maintainer: 'Secretariat, contact sec@nordic.example' }) });
    const view = buildEditModal(draft, catalog);
    expect(JSON.stringify(view)).not.toContain('sec@nordic.example');
    expect(readEditForm(submitted(view), draft, catalog)).toEqual({ ok: true, value: {} });
  });

  it('keeps the sentence of a kept norm element and names a new one from the catalog', () => {
    const draft = aDraft();
    const out = readEditForm(submitted(buildEditModal(draft, catalog), { normElements: { selected_options: [{ value: '2.1' }, { value: '1.1' }] } }), draft, catalog);
    expect(out.ok && out.value.normElements).toEqual([draft.fields.normElements[0], { id: '1.1', name: catalog.elementById.get('1.1')?.name, sentence: 'set by a moderator' }]);
  });

  it('returns an error for the year input when the year is not a year, and for an unknown element', () => {
    const draft = aDraft();
    const out = readEditForm(submitted(buildEditModal(draft, catalog), { launchYear: { value: 'soon' }, normElements: { selected_options: [{ value: '9.9' }] } }), draft, catalog);
    expect(out).toEqual({ ok: false, errors: { launchYear: 'A four-digit year, such as 2015, or leave it empty.', normElements: 'Unknown: 9.9.' }, message: 'A four-digit year, such as 2015, or leave it empty. Unknown: 9.9.' });
  });

  it('records the draft and the version the form was filled from', () => {
    expect(readFormSubject(submitted(buildEditModal(aDraft({ id: 4, version: 3 }), catalog)))).toEqual({ draftId: 4, version: 3 });
  });

  it('reads no version from a form that did not record one, and nothing from tampered metadata', () => {
    expect(readFormSubject(readView({ private_metadata: JSON.stringify({ draftId: 1 }) })!)).toEqual({ draftId: 1, version: null });
    expect(readFormSubject(readView({ private_metadata: 'not json' })!)).toBeNull();
    expect(readFormSubject(readView({ private_metadata: JSON.stringify({ draftId: -1 }) })!)).toBeNull();
  });
});

describe('the Reject, Dismiss and Merge modals', () => {
  it('need a reason to reject or dismiss, for whom it is said', () => {
    expect(readReasonForm(submitted(buildRejectModal(aDraft())), 'for the contributor')).toEqual({ ok: false, errors: { reason: 'Say why, for the contributor.' }, message: 'A reason is needed.' });
    expect(readReasonForm(submitted(buildRejectModal(aDraft()), { reason: { value: ' duplicate ' } }), 'x')).toEqual({ ok: true, value: 'duplicate' });
  });

  it('carries the item of a dismissal', () => {
    expect(readFormSubject(submitted(buildDismissModal(anUnsortedItem({ id: 12 }))))).toEqual({ itemId: 12 });
  });

  it('offers the suggested match chosen in the external select', () => {
    const match = catalog.agreements[30]!;
    const view = buildMergePicker(aDraft({ catalogMatch: { agreementId: match.id, name: match.name, score: 0.9 } }), catalog);
    expect(readMergeForm(submitted(view))).toEqual({ ok: true, value: match.id });
    expect(readMergeForm(submitted(buildMergePicker(aDraft(), catalog)))).toEqual({ ok: false, errors: { agreement: 'Choose an agreement.' }, message: 'Choose an agreement.' });
  });

  it('ranks merge options by name over the whole catalog, at most 100', () => {
    const last = catalog.agreements.at(-1)!;
    expect(mergeOptions(last.name.slice(0, 14), catalog)[0]).toEqual({ text: { type: 'plain_text', text: expect.stringMatching(new RegExp(`^${last.id} `)) }, value: String(last.id) });
    expect(mergeOptions('', catalog)).toHaveLength(Math.min(100, catalog.agreements.length));
  });
});
