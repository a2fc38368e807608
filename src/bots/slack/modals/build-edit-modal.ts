import type { CatalogSnapshot } from '../../../core/catalog/catalog-snapshot.js';
import type { Draft } from '../../../core/moderation/draft.js';
import { redactEmails } from '../../../core/moderation/redact-emails.js';
import { sanitizePlainText } from '../render/sanitize-plain-text.js';
import type { SlackBlock, SlackOption, SlackView } from '../render/slack-block-schema.js';
import { SLACK_LIMITS as L } from '../render/slack-limits.js';
import { truncateText } from '../render/truncate-text.js';
import { buildModal, plain } from './build-modal.js';
import { FORMS, INPUT_ACTION } from './form-ids.js';

const option = (text: string, value: string): SlackOption => ({ text: plain(sanitizePlainText(text) || value, L.optionText), value: truncateText(value, L.optionValue) });

function textInput(blockId: string, label: string, value: string | null, opts: { multiline?: boolean; optional?: boolean } = {}): SlackBlock {
  const initial = value === null ? '' : truncateText(redactEmails(value), L.plainTextInput);
  return {
    type: 'input',
    block_id: blockId,
    label: plain(label, L.inputLabel),
    optional: opts.optional ?? true,
    element: {
      type: 'plain_text_input',
      action_id: INPUT_ACTION,
      ...(opts.multiline ? { multiline: true } : {}),
      ...(initial ? { initial_value: initial } : {}),
    },
  };
}

function multiSelect(blockId: string, label: string, options: SlackOption[], selected: readonly string[]): SlackBlock[] {
  if (options.length === 0) return [];
  const shown = options.slice(0, L.selectOptions);
  const initial = shown.filter((o) => selected.includes(o.value));
  return [
    {
      type: 'input',
      block_id: blockId,
      label: plain(label, L.inputLabel),
      optional: true,
      element: { type: 'multi_static_select', action_id: INPUT_ACTION, options: shown, ...(initial.length > 0 ? { initial_options: initial } : {}) },
    },
  ];
}

/** The Edit modal, pre-filled with every field of the draft (addresses hidden, as everywhere in Slack). */
export function buildEditModal(draft: Draft, catalog: CatalogSnapshot): SlackView {
  const f = draft.fields;
  return buildModal(FORMS.edit, { draftId: draft.id, version: draft.version }, `Edit draft ${draft.id}`, 'Save', [
    textInput('name', 'Name', f.name, { optional: false }),
    textInput('launchYear', 'Launch year', f.launchYear === null ? null : String(f.launchYear)),
    textInput('parties', 'Parties', f.parties),
    textInput('signatories', 'Signatories (one per line)', f.signatories.join('\n'), { multiline: true }),
    textInput('maintainer', 'Maintainer', f.maintainer),
    ...multiSelect('normElements', 'Norm elements', catalog.elements.map((e) => option(`${e.id} ${e.name}`, e.id)), f.normElements.map((s) => s.id)),
    ...multiSelect('ggeNorms', 'UN GGE norms', catalog.ggeNorms.map((g) => option(`${g.id} ${g.title}`, g.id)), f.ggeNorms.map((s) => s.id)),
  ]);
}
