import type { CatalogSnapshot } from '../../../core/catalog/catalog-snapshot.js';
import type { Agreement } from '../../../core/catalog/agreement.js';
import type { Draft } from '../../../core/moderation/draft.js';
import { searchAgreements } from '../../../core/desk/search-catalog.js';
import { sanitizePlainText } from '../render/sanitize-plain-text.js';
import type { SlackOption, SlackView } from '../render/slack-block-schema.js';
import { SLACK_LIMITS as L } from '../render/slack-limits.js';
import { buildModal, plain } from './build-modal.js';
import { FORMS, MERGE_SEARCH_ACTION } from './form-ids.js';

export const agreementOption = (a: Pick<Agreement, 'id' | 'name'>): SlackOption => ({ text: plain(sanitizePlainText(`${a.id} ${a.name}`), L.optionText), value: String(a.id) });

/** What the merge target's options handler answers: the whole catalog searched by name, best first. */
export function mergeOptions(typed: string, catalog: CatalogSnapshot): SlackOption[] {
  return searchAgreements(typed, catalog, L.externalSelectOptions).map(agreementOption);
}

/**
 * The Merge modal: an external select whose choices come from the options handler as the
 * moderator types, so any agreement of the catalog can be found; the suggested match is chosen.
 */
export function buildMergePicker(draft: Draft, catalog: CatalogSnapshot): SlackView {
  const match = draft.catalogMatch ? catalog.agreementById.get(draft.catalogMatch.agreementId) : undefined;
  return buildModal(FORMS.merge, { draftId: draft.id, version: draft.version }, `Merge draft ${draft.id}`, 'Merge', [
    {
      type: 'input',
      block_id: 'agreement',
      label: plain('Merge into agreement (type to search the catalog)', L.inputLabel),
      element: { type: 'external_select', action_id: MERGE_SEARCH_ACTION, min_query_length: 0, ...(match ? { initial_option: agreementOption(match) } : {}) },
    },
  ]);
}
