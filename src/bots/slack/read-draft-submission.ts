import { z } from 'zod';
import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Draft, DraftFields } from '../../core/moderation/draft.js';
import type { Suggestion } from '../../core/contribution/parsed-message.js';
import { INPUT_ACTION, type EditInput } from './draft-modal-ids.js';
import { redactEmails } from '../../core/moderation/redact-emails.js';

/** The part of a view_submission payload this bot reads (parsed, never trusted as typed). */
const StateValueSchema = z.object({
  value: z.string().nullable().optional(),
  selected_option: z.object({ value: z.string() }).nullable().optional(),
  selected_options: z.array(z.object({ value: z.string() })).optional(),
});
export const ViewStateSchema = z.object({
  private_metadata: z.string().optional(),
  state: z.object({ values: z.record(z.string(), z.record(z.string(), StateValueSchema)) }).optional(),
});
type ViewState = z.infer<typeof ViewStateSchema>;

export type Submission<T> = { ok: true; draftId: number; value: T } | { ok: false; errors: Record<string, string>; message: string };

/** version: the draft's version the form was filled from; absent in forms opened before it was recorded */
const MetadataSchema = z.object({ draftId: z.number().int().positive(), version: z.number().int().positive().optional() });

function readMetadata(view: ViewState): z.infer<typeof MetadataSchema> | null {
  try {
    const parsed = MetadataSchema.safeParse(JSON.parse(view.private_metadata ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
const readDraftId = (view: ViewState): number | null => readMetadata(view)?.draftId ?? null;

const input = (view: ViewState, block: string) => view.state?.values[block]?.[INPUT_ACTION];
const text = (view: ViewState, block: string) => (input(view, block)?.value ?? '').trim();
const badMetadata = { ok: false as const, errors: {}, message: 'This form lost track of its draft; open it again from the card.' };

/**
 * The Edit modal's answer as a patch holding only the fields the moderator changed. Fields are
 * shown with addresses hidden, so an untouched field is left alone rather than saved redacted.
 */
export function readEditSubmission(raw: unknown, draft: Draft, catalog: CatalogSnapshot): Submission<Partial<DraftFields>> {
  const parsed = ViewStateSchema.safeParse(raw);
  if (!parsed.success) return badMetadata;
  const view = parsed.data;
  const f = draft.fields;
  const shown: Record<EditInput, string> = {
    name: redactEmails(f.name),
    launchYear: f.launchYear === null ? '' : String(f.launchYear),
    parties: redactEmails(f.parties ?? ''),
    signatories: redactEmails(f.signatories.join('\n')),
    maintainer: redactEmails(f.maintainer ?? ''),
    normElements: f.normElements.map((s) => s.id).sort().join(','),
    ggeNorms: f.ggeNorms.map((s) => s.id).sort().join(','),
  };
  const errors: Record<string, string> = {};
  const patch: Partial<DraftFields> = {};
  const changed = (key: EditInput, value: string) => value !== shown[key];

  const name = text(view, 'name');
  if (!name) errors.name = 'A name is needed.';
  else if (changed('name', name)) patch.name = name;
  const year = text(view, 'launchYear');
  if (year && !/^\d{4}$/.test(year)) errors.launchYear = 'A four-digit year, such as 2015, or leave it empty.';
  else if (changed('launchYear', year)) patch.launchYear = year ? Number(year) : null;
  for (const key of ['parties', 'maintainer'] as const) {
    const v = text(view, key);
    if (changed(key, v)) patch[key] = v || null;
  }
  const signatories = text(view, 'signatories');
  if (changed('signatories', signatories)) patch.signatories = signatories.split('\n').map((s) => s.trim()).filter(Boolean);

  const selected = (block: string) => (input(view, block)?.selected_options ?? []).map((o) => o.value);
  const suggestions = (block: 'normElements' | 'ggeNorms', current: readonly Suggestion[], nameOf: (id: string) => string | undefined) => {
    if (input(view, block) === undefined) return;
    const ids = selected(block);
    if (!changed(block, [...ids].sort().join(','))) return;
    const unknown = ids.filter((id) => nameOf(id) === undefined);
    if (unknown.length > 0) errors[block] = `Unknown: ${unknown.join(', ')}.`;
    else patch[block] = ids.map((id) => current.find((s) => s.id === id) ?? { id, name: nameOf(id) ?? id, sentence: '' });
  };
  suggestions('normElements', f.normElements, (id) => catalog.elementById.get(id)?.name);
  suggestions('ggeNorms', f.ggeNorms, (id) => catalog.ggeNorms.find((g) => g.id === id)?.title);

  const draftId = readDraftId(view);
  if (draftId === null) return badMetadata;
  if (Object.keys(errors).length > 0) return { ok: false, errors, message: Object.values(errors).join(' ') };
  return { ok: true, draftId, value: patch };
}

/** The Reject modal's reason. */
export function readRejectSubmission(raw: unknown): Submission<string> {
  const parsed = ViewStateSchema.safeParse(raw);
  if (!parsed.success) return badMetadata;
  const view = parsed.data;
  const draftId = readDraftId(view);
  if (draftId === null) return badMetadata;
  const reason = text(view, 'reason');
  if (!reason) return { ok: false, errors: { reason: 'Say why, for the contributor.' }, message: 'A reason is needed.' };
  return { ok: true, draftId, value: reason };
}

/** The Merge modal's chosen agreement id. */
export function readMergeSubmission(raw: unknown): Submission<number> {
  const parsed = ViewStateSchema.safeParse(raw);
  if (!parsed.success) return badMetadata;
  const view = parsed.data;
  const draftId = readDraftId(view);
  if (draftId === null) return badMetadata;
  const chosen = Number(input(view, 'agreement')?.selected_option?.value);
  if (!Number.isInteger(chosen) || chosen <= 0) return { ok: false, errors: { agreement: 'Choose an agreement.' }, message: 'Choose an agreement.' };
  return { ok: true, draftId, value: chosen };
}

/** The draft version a submitted modal was filled from; null when the form did not record one. */
export function readSubmissionVersion(raw: unknown): number | null {
  const parsed = ViewStateSchema.safeParse(raw);
  return parsed.success ? (readMetadata(parsed.data)?.version ?? null) : null;
}

/** The draft a submitted modal is about, before its fields are read. */
export function readSubmissionDraftId(raw: unknown): number | null {
  const parsed = ViewStateSchema.safeParse(raw);
  return parsed.success ? readDraftId(parsed.data) : null;
}
