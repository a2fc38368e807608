import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Action, Block, Ref, Reply } from '../reply/reply.js';
import { ANONYMOUS_LABEL } from '../contribution/build-drafts.js';
import { describeAcknowledgement } from '../contribution/acknowledgement-status.js';
import { describeUnderstood } from '../replies/describe-understood.js';
import { describeFieldChanges } from './describe-field-changes.js';
import type { Draft, DraftFields } from './draft.js';
import { describeDecision, formatUtc, undoableUntil } from './draft-state.js';
import { redactEmails } from './redact-emails.js';
import { NAMES_CATALOG_AGREEMENT } from './approve-draft.js';

const SNIPPET_MAX = 140;

/** Draft field -> the evidence keys the parser may have used for it. */
const FIELD_ROWS: ReadonlyArray<{ key: keyof DraftFields; label: string; evidence: readonly string[] }> = [
  { key: 'name', label: 'Name', evidence: ['name'] },
  { key: 'launchYear', label: 'Year', evidence: ['launchYear', 'launchDate', 'year'] },
  { key: 'parties', label: 'Parties', evidence: ['parties'] },
  { key: 'signatories', label: 'Signatories', evidence: ['signatories'] },
  { key: 'maintainer', label: 'Maintainer', evidence: ['maintainer'] },
];

function clip(text: string, max: number): string {
  const t = redactEmails(text).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function fieldValue(value: DraftFields[keyof DraftFields]): string {
  if (value === null) return '(not given)';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : clip(value.map((v) => (typeof v === 'string' ? v : v.id)).join(', '), 600);
  return clip(String(value), 300);
}

/** Where the value came from: the moderator who set it (the parse's quote no longer applies), else the parse's confidence and words. */
function evidenceNote(draft: Draft, field: keyof DraftFields, keys: readonly string[]): string | undefined {
  const setter = draft.setBy?.[field];
  if (setter) return `set by ${clip(setter.actor.name, 80)} (${setter.actor.platform}) at ${formatUtc(setter.at)}${setter.source ? ` [source: ${clip(setter.source, 120)}]` : ''}`;
  const ev = keys.map((k) => draft.evidence[k]).find((e) => e !== undefined);
  if (!ev) return undefined;
  const snippet = ev.snippet.trim() === '' ? '' : ` · "${clip(ev.snippet, SNIPPET_MAX)}"`;
  return `confidence ${ev.confidence.toFixed(2)}${snippet}`;
}

export function statusLine(draft: Draft): string {
  if (draft.status !== 'pending') return `Status: ${describeDecision(draft)}`;
  const claim = draft.claimedBy && draft.claimedAt ? ` · claimed by ${draft.claimedBy.name} since ${formatUtc(draft.claimedAt)}` : '';
  return `Status: pending (version ${draft.version})${claim}`;
}

/** What Approve will do, asked before it is done: approving writes the catalog members read. */
export function approveConfirm(draft: Draft): NonNullable<Action['confirm']> {
  const match = draft.catalogMatch;
  const effect =
    match && match.score >= NAMES_CATALOG_AGREEMENT
      ? `It updates agreement ${match.agreementId} "${clip(match.name, 80)}", which it names.`
      : `"${clip(draft.fields.name, 80)}" becomes a new agreement in the catalog.`;
  return { title: `Approve draft ${draft.id}?`, text: `${effect} You can undo it from the card for 15 minutes.`, yes: 'Approve', no: 'Cancel' };
}

/** The card's buttons: the four decisions while pending; Undo while a decision can still be taken back. */
export function draftActions(draft: Draft, now?: Date): Action[] {
  const value = String(draft.id);
  if (draft.status === 'pending') {
    return [
      ...correctionActions(draft),
      { id: 'approve', label: 'Approve', value, style: 'primary', confirm: approveConfirm(draft) },
      { id: 'edit', label: 'Edit', value, style: 'default' },
      { id: 'reject', label: 'Reject', value, style: 'danger' },
      { id: 'merge', label: 'Merge', value, style: 'default' },
    ];
  }
  const until = now ? undoableUntil(draft, now) : null;
  return [...correctionActions(draft), ...(until ? [{ id: 'undo-decision', label: `Undo (until ${formatUtc(until.toISOString()).slice(11)})`, value, style: 'default' as const }] : [])];
}

/** Accept or decline the contributor's correction while one waits (a draft decided meanwhile can only decline it). */
function correctionActions(draft: Draft): Action[] {
  if (draft.proposedEdit?.status !== 'open') return [];
  const value = String(draft.id);
  const decline: Action = { id: 'decline-edit', label: 'Decline correction', value, style: 'default' };
  return draft.status === 'pending' ? [{ id: 'accept-edit', label: 'Accept correction', value, style: 'primary' }, decline] : [decline];
}

/**
 * The contributor's side of the thread on the card: the correction waiting (what it would change,
 * in their words) and every reply with what it was understood to say.
 */
function contributorSide(draft: Draft): { blocks: Block[]; text: string[] } {
  const blocks: Block[] = [];
  const text: string[] = [];
  const edit = draft.proposedEdit;
  if (edit?.status === 'open') {
    const change = describeFieldChanges(draft.fields, { ...draft.fields, ...edit.patch });
    const words = [...new Set(Object.values(edit.evidence).filter((w) => w.trim() !== ''))].map((w) => `"${clip(w, SNIPPET_MAX)}"`).join(' · ');
    const heading = `Correction proposed by the contributor: ${clip(change, 400)}`;
    blocks.push({ type: 'paragraph', text: heading });
    text.push(heading);
    if (words) {
      blocks.push({ type: 'note', text: `Their words: ${words}` });
      text.push(`Their words: ${words}`);
    }
  }
  const replies = draft.thread ?? [];
  if (replies.length > 0) {
    const items = replies.map((r) => ({
      title: `${formatUtc(r.receivedAt)}: ${r.understood.map(describeUnderstood).join('; ')}`,
      ...(r.excerpt.trim() ? { detail: clip(r.excerpt, SNIPPET_MAX) } : {}),
    }));
    const heading = `Replies from the contributor: ${replies.length}`;
    blocks.push({ type: 'paragraph', text: heading }, { type: 'list', ordered: false, items });
    text.push(heading, ...items.map((i) => `  ${i.title}${i.detail ? ` ("${i.detail}")` : ''}`));
  }
  return { blocks, text };
}

/**
 * The card every adapter renders for a draft: fields with confidence and source snippet,
 * suggested norm elements, the closest catalog agreement, the contributor (never an address, no
 * name when anonymous), the status, and the actions while it is pending.
 */
export function draftCardReply(draft: Draft, catalog?: CatalogSnapshot, now?: Date): Reply {
  const actions = draftActions(draft, now);
  const f = draft.fields;
  const contributor = clip(draft.contributorLabel, 120) || ANONYMOUS_LABEL;
  const match = draft.catalogMatch;
  const looksLike = match
    ? `Looks like: ${clip(catalog?.agreementById.get(match.agreementId)?.name ?? match.name, 200)} (agreement ${match.agreementId}, match ${match.score.toFixed(2)}${
        match.score >= NAMES_CATALOG_AGREEMENT && draft.status === 'pending' ? '; Approve updates it' : ''
      })`
    : 'Looks like: nothing in the catalog (a new agreement)';
  const norms: Ref[] = f.normElements.map((s) => ({ id: s.id, name: catalog?.elementById.get(s.id)?.name ?? clip(s.name, 100) }));
  const fields = FIELD_ROWS.map((row) => {
    const note = evidenceNote(draft, row.key, row.evidence);
    return { label: row.label, value: fieldValue(f[row.key]), ...(note ? { note } : {}) };
  });
  const gge = draft.evidence['ggeText'];
  const notAcknowledged = draft.acknowledgement?.status === 'withheld' ? describeAcknowledgement(draft.acknowledgement) : null;
  const suggestedFrom = gge && gge.snippet.trim() !== '' ? `Suggested from the contributor's words: "${clip(gge.snippet, 300)}"` : null;
  const side = contributorSide(draft);
  const correction = correctionActions(draft);
  const blocks: Block[] = [
    { type: 'heading', text: `Draft ${draft.id}: ${clip(f.name, 150)}` },
    { type: 'paragraph', text: statusLine(draft) },
    { type: 'fields', fields },
    ...side.blocks,
    {
      type: 'list',
      ordered: false,
      items:
        norms.length === 0
          ? [{ title: 'No norm elements suggested' }]
          : f.normElements.map((s, i) => ({ title: `${s.id} ${norms[i]?.name ?? s.name}`, ref: norms[i] ?? { id: s.id, name: s.name }, detail: clip(s.sentence, SNIPPET_MAX) })),
    },
    ...(f.ggeNorms.length > 0 ? [{ type: 'paragraph' as const, text: `UN GGE norms mentioned: ${f.ggeNorms.map((g) => g.id).join(', ')}` }] : []),
    ...(suggestedFrom ? [{ type: 'note' as const, text: suggestedFrom }] : []),
    { type: 'paragraph', text: looksLike },
    { type: 'note', text: `From ${contributor} · contribution ${draft.contributionId} · received ${formatUtc(draft.createdAt)}` },
    ...(notAcknowledged ? [{ type: 'note' as const, text: notAcknowledged }] : []),
    ...(actions.length > 0 ? [{ type: 'actions' as const, actions }] : []),
  ];
  const text = [
    `Draft ${draft.id}: ${clip(f.name, 150)}`,
    statusLine(draft),
    ...fields.map((x) => `${x.label}: ${x.value}${x.note ? ` (${x.note})` : ''}`),
    ...side.text,
    `Suggested norm elements: ${norms.length === 0 ? 'none' : norms.map((n) => `${n.id} ${n.name}`).join('; ')}`,
    ...(f.ggeNorms.length > 0 ? [`UN GGE norms mentioned: ${f.ggeNorms.map((g) => g.id).join(', ')}`] : []),
    looksLike,
    `From ${contributor}`,
    ...(notAcknowledged ? [notAcknowledged] : []),
    ...(correction.length > 0 ? [`Correction: ${correction.map((a) => `${a.id} ${draft.id}`).join(' · ')}`] : []),
    ...(draft.status === 'pending' ? [`Actions: approve ${draft.id} · edit ${draft.id} field=value · reject ${draft.id} <reason> · merge ${draft.id} <agreement>`] : []),
    ...(actions.some((a) => a.id === 'undo-decision') ? [`Undo: undo ${draft.id}`] : []),
  ].join('\n');
  return {
    intent: 'draft-card',
    text,
    blocks,
    agreements: match ? [{ id: String(match.agreementId), name: match.name }] : [],
    norms,
    ephemeral: false,
  };
}
