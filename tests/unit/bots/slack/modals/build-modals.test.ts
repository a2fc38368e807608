import { beforeAll, describe, expect, it } from 'vitest';
import { buildEditModal } from '../../../../../src/bots/slack/modals/build-edit-modal.js';
import { buildRejectModal } from '../../../../../src/bots/slack/modals/build-reject-modal.js';
import type { CatalogSnapshot } from '../../../../../src/core/catalog/catalog-snapshot.js';
import { aDraft, aDraftFields } from '../../../../helpers/draft-builder.js';
import { loadCatalog } from '../../../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('Slack modals', () => {
  it('builds the Edit form: the name required, the rest optional, signatories multi-line, every element and GGE norm to choose', () => {
    const view = buildEditModal(aDraft({ id: 5, version: 2, fields: aDraftFields({ launchYear: null, parties: null }) }), catalog);
    expect(view).toMatchObject({ type: 'modal', callback_id: 'draft_edit', private_metadata: '{"draftId":5,"version":2}', title: { type: 'plain_text', text: 'Edit draft 5' }, submit: { text: 'Save' }, close: { text: 'Cancel' } });
    const [name, year, parties, signatories, maintainer, elements, gge] = view.blocks as Array<Record<string, any>>;
    expect(name).toEqual({ type: 'input', block_id: 'name', label: { type: 'plain_text', text: 'Name' }, optional: false, element: { type: 'plain_text_input', action_id: 'value', initial_value: 'Nordic Cyber Stability Accord' } });
    expect(year).toEqual({ type: 'input', block_id: 'launchYear', label: { type: 'plain_text', text: 'Launch year' }, optional: true, element: { type: 'plain_text_input', action_id: 'value' } });
    expect(parties!.element).toEqual({ type: 'plain_text_input', action_id: 'value' });
    expect(signatories!.element).toEqual({ type: 'plain_text_input', action_id: 'value', multiline: true, initial_value: 'Denmark\nFinland\nIceland\nNorway\nSweden' });
    expect(maintainer!.optional).toBe(true);
    expect(elements).toMatchObject({ block_id: 'normElements', optional: true, element: { type: 'multi_static_select', initial_options: [{ value: '2.1' }] } });
    expect(elements!.element.options).toHaveLength(catalog.elements.length);
    const first = `${catalog.elements[0]!.id} ${catalog.elements[0]!.name}`;
    expect(elements!.element.options[0]).toEqual({ text: { type: 'plain_text', text: first.length > 75 ? `${first.slice(0, 74)}…` : first }, value: catalog.elements[0]!.id });
    expect(gge!.element.options.map((o: { value: string }) => o.value)).toEqual(catalog.ggeNorms.map((g) => g.id));
    const label = `${catalog.ggeNorms[0]!.id} ${catalog.ggeNorms[0]!.title}`;
    expect(gge!.element.options[0].text.text).toBe(label.length > 75 ? `${label.slice(0, 74)}…` : label);
  });

  it('leaves out the initial choice when the draft has no element', () => {
    const view = buildEditModal(aDraft({ fields: aDraftFields({ normElements: [] }) }), catalog);
    expect((view.blocks as Array<Record<string, any>>)[5]!.element).not.toHaveProperty('initial_options');
  });

  it('builds the Reject form as its own confirmation, saying what it rejects', () => {
    const view = buildRejectModal(aDraft({ id: 5 }));
    expect(view.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: 'Reject *Nordic Cyber Stability Accord*? The reason is sent to the contributor when they asked for the outcome. You can undo it from the card for 15 minutes.', verbatim: true } },
      { type: 'input', block_id: 'reason', label: { type: 'plain_text', text: 'Reason' }, element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 1000 } },
    ]);
    expect(view).toMatchObject({ callback_id: 'draft_reject', submit: { text: 'Reject' } });
  });
});
