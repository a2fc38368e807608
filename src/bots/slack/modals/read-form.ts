import { z } from 'zod';
import type { CatalogSnapshot } from '../../../core/catalog/catalog-snapshot.js';
import type { Suggestion } from '../../../core/contribution/parsed-message.js';
import type { Draft, DraftFields } from '../../../core/moderation/draft.js';
import { redactEmails } from '../../../core/moderation/redact-emails.js';
import { INPUT_ACTION, MERGE_SEARCH_ACTION, type EditInput } from './form-ids.js';

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

/** What the modal was opened for: a draft (with the version its fields were read from) or a queue item. */
const SubjectSchema = z.union([
  z.object({ draftId: z.number().int().positive(), version: z.number().int().positive().optional() }),
  z.object({ itemId: z.number().int().positive() }),
]);
export type FormSubject = { draftId: number; version: number | null } | { itemId: number };

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string>; message: string };

const input = (view: ViewState, block: string, action = INPUT_ACTION) => view.state?.values[block]?.[action];
const text = (view: ViewState, block: string) => (input(view, block)?.value ?? '').trim();

/** The view as far as it can be read, or null when it is not one of ours. */
export function readView(raw: unknown): ViewState | null {
  const parsed = ViewStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** What a submitted modal is about; null when its metadata is lost or forged. */
export function readFormSubject(view: ViewState): FormSubject | null {
  try {
    const parsed = SubjectSchema.safeParse(JSON.parse(view.private_metadata ?? ''));
    if (!parsed.success) return null;
    return 'itemId' in parsed.data ? parsed.data : { draftId: parsed.data.draftId, version: parsed.data.version ?? null };
  } catch {
    return null;
  }
}

/**
 * The Edit modal's answer as a patch holding only the fields the moderator changed. Fields are
 * shown with addresses hidden, so an untouched field is left alone rather than saved redacted.
 */
export function readEditForm(view: ViewState, draft: Draft, catalog: CatalogSnapshot): FormResult<Partial<DraftFields>> {
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

  const suggestions = (block: 'normElements' | 'ggeNorms', current: readonly Suggestion[], nameOf: (id: string) => string | undefined) => {
    if (input(view, block) === undefined) return;
    const ids = (input(view, block)?.selected_options ?? []).map((o) => o.value);
    if (!changed(block, [...ids].sort().join(','))) return;
    const unknown = ids.filter((id) => nameOf(id) === undefined);
    if (unknown.length > 0) errors[block] = `Unknown: ${unknown.join(', ')}.`;
    else patch[block] = ids.map((id) => current.find((s) => s.id === id) ?? { id, name: nameOf(id) ?? id, sentence: 'set by a moderator' });
  };
  suggestions('normElements', f.normElements, (id) => catalog.elementById.get(id)?.name);
  suggestions('ggeNorms', f.ggeNorms, (id) => catalog.ggeNorms.find((g) => g.id === id)?.title);

  if (Object.keys(errors).length > 0) return { ok: false, errors, message: Object.values(errors).join(' ') };
  return { ok: true, value: patch };
}

/** The reason typed into the Reject or Dismiss modal. */
export function readReasonForm(view: ViewState, forWhom: string): FormResult<string> {
  const reason = text(view, 'reason');
  return reason ? { ok: true, value: reason } : { ok: false, errors: { reason: `Say why, ${forWhom}.` }, message: 'A reason is needed.' };
}

/** The agreement chosen in the Merge modal. */
export function readMergeForm(view: ViewState): FormResult<number> {
  const chosen = Number(input(view, 'agreement', MERGE_SEARCH_ACTION)?.selected_option?.value);
  if (!Number.isInteger(chosen) || chosen <= 0) return { ok: false, errors: { agreement: 'Choose an agreement.' }, message: 'Choose an agreement.' };
  return { ok: true, value: chosen };
}
