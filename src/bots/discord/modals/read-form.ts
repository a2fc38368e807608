import type { ModalSubmitInteraction } from 'discord.js';
import type { CatalogSnapshot } from '../../../core/catalog/catalog-snapshot.js';
import { parseFieldAssignments } from '../../../core/chat/parse-field-assignments.js';
import type { Draft, DraftFields } from '../../../core/moderation/draft.js';
import { truncateText } from '../render/split-text.js';
import { editModalValues } from './build-edit-modal.js';
import { idList } from './build-norms-modal.js';
import type { EditInput } from './form-ids.js';

export type FormResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** The text inputs of a submitted modal, by custom id. */
export function formValues(i: Pick<ModalSubmitInteraction, 'fields'>): Record<string, string> {
  return Object.fromEntries(i.fields.fields.filter((f) => 'value' in f).map((f) => [f.customId, String((f as { value: string }).value)]));
}

/**
 * The fields the moderator changed in the Edit modal. Untouched inputs are left out, so a value
 * shown redacted in the modal is never written back over the stored one.
 */
export function readEditForm(draft: Draft, submitted: Record<string, string>): FormResult<Partial<DraftFields>> {
  const shown = editModalValues(draft.fields);
  const changed = (id: EditInput) => submitted[id] !== undefined && submitted[id].trim() !== shown[id].trim();
  const text = (id: EditInput) => (submitted[id] ?? '').trim();
  const patch: Partial<DraftFields> = {};
  if (changed('name')) {
    if (text('name') === '') return { ok: false, message: 'The name cannot be empty; nothing was changed.' };
    patch.name = text('name');
  }
  if (changed('launchYear')) {
    const year = text('launchYear');
    if (year !== '' && !/^(19|20|21)\d\d$/.test(year)) return { ok: false, message: `"${truncateText(year, 20)}" is not a year; give four digits such as 2018, or leave it empty. Nothing was changed.` };
    patch.launchYear = year === '' ? null : Number(year);
  }
  if (changed('parties')) patch.parties = text('parties') || null;
  if (changed('maintainer')) patch.maintainer = text('maintainer') || null;
  if (changed('signatories')) patch.signatories = text('signatories').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  return { ok: true, value: patch };
}

/** The norm elements and GGE norms typed into the Norms modal, checked against the catalog (the core's own reader). */
export function readNormsForm(draft: Draft, submitted: Record<string, string>, catalog: CatalogSnapshot): FormResult<Partial<DraftFields>> {
  const norm = (text: string) => text.split(/[,;\s]+/).filter(Boolean).join(', ');
  const elements = norm(submitted.elements ?? '');
  const gge = norm(submitted.gge ?? '');
  const assignments = [
    ...(elements !== norm(idList(draft.fields.normElements)) ? [`elements=${elements || 'none'}`] : []),
    ...(gge !== norm(idList(draft.fields.ggeNorms)) ? [`gge=${gge || 'none'}`] : []),
  ];
  if (assignments.length === 0) return { ok: true, value: {} };
  const read = parseFieldAssignments(assignments.join(' '), catalog);
  if (!read.ok) return { ok: false, message: `${read.message} Nothing was changed.` };
  // an id the draft already had keeps the contributor's sentence it was suggested from
  const keep = (next: DraftFields['normElements'] | undefined, current: DraftFields['normElements']) => next?.map((s) => current.find((c) => c.id === s.id) ?? s);
  const patch = { ...read.patch };
  if (patch.normElements) patch.normElements = keep(patch.normElements, draft.fields.normElements)!;
  if (patch.ggeNorms) patch.ggeNorms = keep(patch.ggeNorms, draft.fields.ggeNorms)!;
  return { ok: true, value: patch };
}

/** A required reason (Reject, Dismiss); Discord enforces the minimum length, this the blank. */
export function readReasonForm(submitted: Record<string, string>): FormResult<string> {
  const reason = (submitted.reason ?? '').trim();
  return reason.length >= 3 ? { ok: true, value: reason } : { ok: false, message: 'A reason is needed; nothing was changed.' };
}
