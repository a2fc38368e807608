import { TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import type { Draft } from '../../../core/moderation/draft.js';
import { buildModal } from './build-modal.js';

/** The ids a draft's norms field shows, as typed back: "2.1, 5.3". */
export const idList = (items: ReadonlyArray<{ id: string }>) => items.map((s) => s.id).join(', ');

/**
 * The second Edit form of a Discord card: norm elements and UN GGE norms, as ids (the taxonomy has
 * 26 elements, more than a select menu's 25 options). Checked against the catalog on submit.
 */
export function buildNormsModal(draft: Draft): APIModalInteractionResponseCallbackData {
  return buildModal('norms-form', [String(draft.id), String(draft.version)], `Norms of draft ${draft.id}`, [
    { id: 'elements', label: 'Norm elements (ids, e.g. 2.1, 5.3)', style: TextInputStyle.Paragraph, required: false, value: idList(draft.fields.normElements), maxLength: 400 },
    { id: 'gge', label: 'UN GGE norms (e.g. 13a, 13f)', style: TextInputStyle.Short, required: false, value: idList(draft.fields.ggeNorms), maxLength: 200 },
  ]);
}
