import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Draft } from '../../core/moderation/draft.js';
import { escapeSlackText } from './escape-slack-text.js';
import { DRAFT_MODALS, INPUT_ACTION } from './draft-modal-ids.js';
import { redactEmails } from '../../core/moderation/redact-emails.js';
import { sanitizePlainText } from './sanitize-plain-text.js';
import { SlackViewSchema, type SlackBlock, type SlackOption, type SlackView } from './slack-block-schema.js';
import { SLACK_LIMITS as L } from './slack-limits.js';
import { truncateText } from './truncate-text.js';

const plain = (text: string, max: number) => ({ type: 'plain_text' as const, text: truncateText(text, max) });
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

const modal = (callbackId: string, draft: Draft, title: string, submit: string, blocks: SlackBlock[]): SlackView =>
  SlackViewSchema.parse({
    type: 'modal',
    callback_id: callbackId,
    // the version lets a stale Edit form be refused instead of undoing someone's newer edit
    private_metadata: JSON.stringify({ draftId: draft.id, version: draft.version }),
    title: plain(title, L.viewTitle),
    submit: plain(submit, L.viewSubmit),
    close: plain('Cancel', L.viewSubmit),
    blocks,
  });

/** The Edit modal, pre-filled with the draft's fields (addresses hidden, as everywhere in Slack). */
export function buildEditModal(draft: Draft, catalog: CatalogSnapshot): SlackView {
  const f = draft.fields;
  return modal(DRAFT_MODALS.edit, draft, `Edit draft ${draft.id}`, 'Save', [
    textInput('name', 'Name', f.name, { optional: false }),
    textInput('launchYear', 'Launch year', f.launchYear === null ? null : String(f.launchYear)),
    textInput('parties', 'Parties', f.parties),
    textInput('signatories', 'Signatories (one per line)', f.signatories.join('\n'), { multiline: true }),
    textInput('maintainer', 'Maintainer', f.maintainer),
    ...multiSelect('normElements', 'Norm elements', catalog.elements.map((e) => option(`${e.id} ${e.name}`, e.id)), f.normElements.map((s) => s.id)),
    ...multiSelect('ggeNorms', 'UN GGE norms', catalog.ggeNorms.map((g) => option(`${g.id} ${g.title}`, g.id)), f.ggeNorms.map((s) => s.id)),
  ]);
}

/** The Reject modal: the reason goes to the contributor when they asked for the outcome. */
export function buildRejectModal(draft: Draft): SlackView {
  return modal(DRAFT_MODALS.reject, draft, `Reject draft ${draft.id}`, 'Reject', [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `Rejecting *${escapeSlackText(truncateText(draft.fields.name, 200))}*. The reason is sent to the contributor when they asked for the outcome.`, verbatim: true },
    },
    {
      type: 'input',
      block_id: 'reason',
      label: plain('Reason', L.inputLabel),
      element: { type: 'plain_text_input', action_id: INPUT_ACTION, multiline: true, max_length: 2000 },
    },
  ]);
}

/** The Merge modal: a static select of catalog agreements, the suggested match first and chosen. */
export function buildMergeModal(draft: Draft, catalog: CatalogSnapshot): SlackView {
  const matchId = draft.catalogMatch?.agreementId;
  const agreements = [...catalog.agreements].sort((a, b) => Number(b.id === matchId) - Number(a.id === matchId));
  const options = agreements.slice(0, L.selectOptions).map((a) => option(a.name, String(a.id)));
  const initial = options.find((o) => o.value === String(matchId));
  return modal(DRAFT_MODALS.merge, draft, `Merge draft ${draft.id}`, 'Merge', [
    {
      type: 'input',
      block_id: 'agreement',
      label: plain('Merge into agreement', L.inputLabel),
      element: { type: 'static_select', action_id: INPUT_ACTION, options, ...(initial ? { initial_option: initial } : {}) },
    },
  ]);
}
