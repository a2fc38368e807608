import { beforeAll, describe, expect, it } from 'vitest';
import { buildEditModal } from '../../../../../src/bots/discord/modals/build-edit-modal.js';
import { buildNormsModal } from '../../../../../src/bots/discord/modals/build-norms-modal.js';
import { readEditForm, readNormsForm, readReasonForm } from '../../../../../src/bots/discord/modals/read-form.js';
import type { CatalogSnapshot } from '../../../../../src/core/catalog/catalog-snapshot.js';
import { aDraft, aDraftFields } from '../../../../helpers/draft-builder.js';
import { loadCatalog } from '../../../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const draft = aDraft({ fields: aDraftFields({ maintainer: 'Secretariat, write to sec@example.org' }) });
const values = (modal: { components: unknown[] }) => Object.fromEntries(modal.components.map((r: any) => [r.components[0].custom_id, r.components[0].value ?? '']));
const shown = () => values(buildEditModal(draft));

describe('the Edit modal', () => {
  it('has five inputs with labels within Discord limits, carrying the draft and its version', () => {
    const modal = buildEditModal(aDraft({ id: 7, version: 3 }));
    expect(modal.custom_id).toBe('nb:edit-form:7:3');
    expect(modal.components).toHaveLength(5);
    for (const row of modal.components as any[]) expect(row.components[0].label.length).toBeLessThanOrEqual(45);
  });

  it('blanks e-mail addresses in the pre-filled values', () => {
    expect(shown().maintainer).toBe('Secretariat, write to [e-mail address removed]');
  });

  it('returns an empty patch when nothing was changed', () => {
    expect(readEditForm(draft, shown())).toEqual({ ok: true, value: {} });
  });

  it('leaves an untouched redacted field out of the patch', () => {
    expect(readEditForm(draft, { ...shown(), name: 'New name' })).toEqual({ ok: true, value: { name: 'New name' } });
  });

  it('reads signatories one per line and an empty year as null', () => {
    expect(readEditForm(draft, { ...shown(), signatories: 'Estonia\n\n Latvia \nLithuania', launchYear: '' })).toEqual({ ok: true, value: { signatories: ['Estonia', 'Latvia', 'Lithuania'], launchYear: null } });
  });

  it('refuses an empty name and a year that is not four digits', () => {
    expect(readEditForm(draft, { ...shown(), name: '  ' })).toEqual({ ok: false, message: 'The name cannot be empty; nothing was changed.' });
    expect(readEditForm(draft, { ...shown(), launchYear: '21' })).toMatchObject({ ok: false, message: expect.stringMatching(/^"21" is not a year/) });
  });
});

describe('the Norms modal', () => {
  it('shows the ids of the draft norm elements and GGE norms', () => {
    const modal = buildNormsModal(aDraft({ id: 5, version: 2 }));
    expect(modal.custom_id).toBe('nb:norms-form:5:2');
    expect(values(modal)).toEqual({ elements: '2.1', gge: '13f' });
  });

  it('changes nothing when the ids are the same, whatever the separators', () => {
    expect(readNormsForm(draft, { elements: ' 2.1 ', gge: '13f;' }, catalog)).toEqual({ ok: true, value: {} });
  });

  it('reads new ids with their catalog names and keeps the contributor sentence of kept ones', () => {
    const read = readNormsForm(draft, { elements: '2.1, 5.3', gge: 'a, 13F' }, catalog);
    expect(read).toEqual({
      ok: true,
      value: {
        normElements: [draft.fields.normElements[0], { id: '5.3', name: catalog.elementById.get('5.3')!.name, sentence: 'set by a moderator' }],
        ggeNorms: [{ id: '13a', name: catalog.ggeNorms.find((g) => g.id === '13a')!.title, sentence: 'set by a moderator' }, draft.fields.ggeNorms[0]],
      },
    });
  });

  it('empties a list with an empty input and refuses an unknown id', () => {
    expect(readNormsForm(draft, { elements: '', gge: '13f' }, catalog)).toEqual({ ok: true, value: { normElements: [] } });
    expect(readNormsForm(draft, { elements: '2.1, 7.7', gge: '13f' }, catalog)).toMatchObject({ ok: false, message: expect.stringMatching(/^Unknown norm element 7\.7.*Nothing was changed\.$/) });
  });
});

describe('a reason', () => {
  it('needs three characters after trimming', () => {
    expect(readReasonForm({ reason: '  ok ' })).toMatchObject({ ok: false });
    expect(readReasonForm({ reason: ' out of scope ' })).toEqual({ ok: true, value: 'out of scope' });
  });
});
