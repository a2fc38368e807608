import { describe, expect, it } from 'vitest';
import { buildDismissModal } from '../../../../../src/bots/discord/modals/build-dismiss-modal.js';
import { buildEditModal } from '../../../../../src/bots/discord/modals/build-edit-modal.js';
import { buildRejectModal } from '../../../../../src/bots/discord/modals/build-reject-modal.js';
import { formValues, readEditForm, readReasonForm } from '../../../../../src/bots/discord/modals/read-form.js';
import { aDraft, aDraftFields } from '../../../../helpers/draft-builder.js';
import { anUnsortedItem } from '../../../../helpers/unsorted-builder.js';

const input = (custom_id: string, label: string, style: number, required: boolean, value?: string, extra: Record<string, unknown> = {}) => ({
  type: 1,
  components: [{ type: 4, custom_id, label, style, required, max_length: 4000, ...extra, ...(value ? { value } : {}) }],
});

describe('Discord modals', () => {
  it('builds the Edit form exactly: five inputs, only the name required, values shown without addresses', () => {
    const draft = aDraft({ id: 5, version: 2, fields: aDraftFields({ parties: null, maintainer: 'Sec (sec@example.org)', launchYear: null }) });
    expect(buildEditModal(draft)).toEqual({
      custom_id: 'nb:edit-form:5:2',
      title: 'Edit draft 5',
      components: [
        input('name', 'Name', 1, true, 'Nordic Cyber Stability Accord'),
        input('launchYear', 'Launch year (four digits, or empty)', 1, false),
        input('parties', 'Parties', 2, false),
        input('signatories', 'Signatories (one per line)', 2, false, 'Denmark\nFinland\nIceland\nNorway\nSweden'),
        input('maintainer', 'Maintainer', 1, false, 'Sec ([e-mail address removed])'),
      ],
    });
  });

  it('builds the Reject and Dismiss forms with a required reason of 3 to 1,000 characters', () => {
    expect(buildRejectModal(aDraft({ id: 5 }))).toEqual({ custom_id: 'nb:reject-form:5', title: 'Reject draft 5?', components: [{ type: 1, components: [{ type: 4, custom_id: 'reason', label: 'Reason (sent to the contributor)', style: 2, required: true, min_length: 3, max_length: 1000 }] }] });
    expect(buildDismissModal(anUnsortedItem({ id: 8 }))).toEqual({ custom_id: 'nb:dismiss-form:8', title: 'Not a contribution: item 8?', components: [{ type: 1, components: [{ type: 4, custom_id: 'reason', label: 'Why it is not a contribution', style: 2, required: true, min_length: 3, max_length: 1000 }] }] });
  });

  it('reads a cleared parties or maintainer as none, and a year only as four digits from 1900 to 2199', () => {
    const draft = aDraft();
    const shown = { name: draft.fields.name, launchYear: '2021', parties: draft.fields.parties!, signatories: draft.fields.signatories.join('\n'), maintainer: draft.fields.maintainer! };
    expect(readEditForm(draft, { ...shown, parties: ' ', maintainer: '' })).toEqual({ ok: true, value: { parties: null, maintainer: null } });
    expect(readEditForm(draft, { ...shown, maintainer: ' New body ' })).toEqual({ ok: true, value: { maintainer: 'New body' } });
    for (const bad of ['1899', '2200', '20211', 'x2021', '202a']) expect(readEditForm(draft, { ...shown, launchYear: bad })).toMatchObject({ ok: false });
    expect(readEditForm(draft, { ...shown, launchYear: ' 2199 ' })).toEqual({ ok: true, value: { launchYear: 2199 } });
    // an input Discord did not send is left alone
    expect(readEditForm(draft, { name: draft.fields.name })).toEqual({ ok: true, value: {} });
  });

  it('reads the text inputs of a submitted modal by custom id', () => {
    const fields = { fields: { fields: [{ customId: 'name', value: 'X' }, { customId: 'gge', value: '13a' }, { customId: 'label-only' }] } };
    expect(formValues(fields as never)).toEqual({ name: 'X', gge: '13a' });
    expect(readReasonForm({ reason: 'abc' })).toEqual({ ok: true, value: 'abc' });
    expect(readReasonForm({})).toEqual({ ok: false, message: 'A reason is needed; nothing was changed.' });
  });
});
