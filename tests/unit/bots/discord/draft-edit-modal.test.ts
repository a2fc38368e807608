import { describe, expect, it } from 'vitest';
import { buildDraftEditModal, readDraftEditPatch } from '../../../../src/bots/discord/draft-edit-modal.js';
import { aDraft, aDraftFields } from '../../../helpers/draft-builder.js';

const draft = aDraft({ fields: aDraftFields({ maintainer: 'Secretariat, write to sec@example.org' }) });
const shown = () => Object.fromEntries(buildDraftEditModal(draft).components.map((r: any) => [r.components[0].custom_id, r.components[0].value ?? '']));

describe('draft edit modal', () => {
  it('has five inputs with labels within Discord limits', () => {
    const modal = buildDraftEditModal(draft);
    expect(modal.components).toHaveLength(5);
    for (const row of modal.components as any[]) expect(row.components[0].label.length).toBeLessThanOrEqual(45);
  });

  it('blanks e-mail addresses in the pre-filled values', () => {
    expect(shown().maintainer).toBe('Secretariat, write to [e-mail address removed]');
  });

  it('returns an empty patch when nothing was changed', () => {
    expect(readDraftEditPatch(draft, shown())).toEqual({ ok: true, patch: {} });
  });

  it('leaves an untouched redacted field out of the patch', () => {
    const result = readDraftEditPatch(draft, { ...shown(), name: 'New name' });
    expect(result).toEqual({ ok: true, patch: { name: 'New name' } });
  });

  it('reads signatories one per line and an empty year as null', () => {
    const result = readDraftEditPatch(draft, { ...shown(), signatories: 'Estonia\n\n Latvia \nLithuania', launchYear: '' });
    expect(result).toEqual({ ok: true, patch: { signatories: ['Estonia', 'Latvia', 'Lithuania'], launchYear: null } });
  });

  it('refuses an empty name and a year that is not four digits', () => {
    expect(readDraftEditPatch(draft, { ...shown(), name: '  ' }).ok).toBe(false);
    expect(readDraftEditPatch(draft, { ...shown(), launchYear: '21' }).ok).toBe(false);
  });
});
