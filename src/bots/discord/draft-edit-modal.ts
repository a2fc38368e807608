import { TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import type { Draft, DraftFields } from '../../core/moderation/draft.js';
import { redactEmails } from '../../core/moderation/redact-emails.js';
import { buildCustomId } from './discord-custom-id.js';
import { DISCORD_LIMITS, ModalSchema } from './discord-limits.js';
import { truncateText } from './split-text.js';

/** The five editable fields: exactly Discord's maximum of five text inputs per modal. */
const INPUTS = [
  { id: 'name', label: 'Name', style: TextInputStyle.Short, required: true },
  { id: 'launchYear', label: 'Launch year (four digits, or empty)', style: TextInputStyle.Short, required: false },
  { id: 'parties', label: 'Parties', style: TextInputStyle.Paragraph, required: false },
  { id: 'signatories', label: 'Signatories (one per line)', style: TextInputStyle.Paragraph, required: false },
  { id: 'maintainer', label: 'Maintainer', style: TextInputStyle.Short, required: false },
] as const;
type InputId = (typeof INPUTS)[number]['id'];

/** What the modal shows for each field: e-mail addresses blanked, within the 4,000-character input limit. */
export function editModalValues(fields: DraftFields): Record<InputId, string> {
  const show = (v: string) => truncateText(redactEmails(v), DISCORD_LIMITS.textInputValue);
  return {
    name: show(fields.name),
    launchYear: fields.launchYear === null ? '' : String(fields.launchYear),
    parties: show(fields.parties ?? ''),
    signatories: show(fields.signatories.join('\n')),
    maintainer: show(fields.maintainer ?? ''),
  };
}

/** The Edit modal, pre-filled with the draft's current fields. */
export function buildDraftEditModal(draft: Draft): APIModalInteractionResponseCallbackData {
  const values = editModalValues(draft.fields);
  const modal: APIModalInteractionResponseCallbackData = {
    custom_id: buildCustomId('edit-form', String(draft.id), String(draft.version)),
    title: truncateText(`Edit draft ${draft.id}`, DISCORD_LIMITS.modalTitle),
    components: INPUTS.map((input) => ({
      type: 1,
      components: [
        {
          type: 4,
          custom_id: input.id,
          label: input.label,
          style: input.style,
          required: input.required,
          max_length: DISCORD_LIMITS.textInputValue,
          ...(values[input.id] ? { value: values[input.id] } : {}),
        },
      ],
    })),
  };
  ModalSchema.parse(modal);
  return modal;
}

export type EditPatchResult = { ok: true; patch: Partial<DraftFields> } | { ok: false; message: string };

/**
 * The fields the moderator changed. Untouched inputs are left out, so a value shown redacted in
 * the modal is never written back over the stored one.
 */
export function readDraftEditPatch(draft: Draft, submitted: Record<string, string>): EditPatchResult {
  const shown = editModalValues(draft.fields);
  const changed = (id: InputId) => submitted[id] !== undefined && submitted[id].trim() !== shown[id].trim();
  const text = (id: InputId) => (submitted[id] ?? '').trim();
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
  return { ok: true, patch };
}
