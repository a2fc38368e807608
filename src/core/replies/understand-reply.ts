import { UNNAMED_AGREEMENT } from '../contribution/build-drafts.js';
import type { ContributedAgreement } from '../contribution/parsed-message.js';
import { describeFieldChanges } from '../moderation/describe-field-changes.js';
import { DraftFieldsSchema, type Draft, type DraftFields } from '../moderation/draft.js';
import { buildPhraseIndex, matchPhrases, type PhraseIndex } from '../text/phrase-index.js';
import type { CorrectableField, FieldChange, ReplyReading } from './reply-reading.js';
import type { Understood } from './thread-entry.js';

/** Corrections for one draft: the fields as the contributor wants them, and their words. */
export interface DraftCorrection {
  draft: Draft;
  patch: Partial<DraftFields>;
  /** the same fields as the draft has them now */
  before: Partial<DraftFields>;
  /** per field: the contributor's words */
  evidence: Record<string, string>;
  /** "year: '2019' -> '2017'" */
  change: string;
}

/** What a reply makes happen; intake applies it in one transaction (src/intake/ingest/process-reply.ts). */
export interface ReplyPlan {
  /** corrections of pending drafts: proposed edits a moderator accepts or declines */
  proposals: DraftCorrection[];
  /** corrections of drafts already decided: a moderator looks at them beside the catalog */
  decided: DraftCorrection[];
  /** other agreements the reply describes: new drafts of the same contribution */
  additions: ContributedAgreement[];
  /** pending drafts the contributor takes back */
  withdraw: number[];
  anonymous: boolean;
  /** what the thread, the cards and the contributor's answer say; additions get their draft id when added */
  understood: Understood[];
  /** a moderator must read the reply: part of it could not be acted on */
  needsModerator: boolean;
}

/** A phrase match at or above this names a draft (a one-word name scores 0.85 at best). */
const NAMES_DRAFT = 0.8;

const FIELD_KEYS: Record<CorrectableField, keyof DraftFields> = {
  name: 'name',
  launchYear: 'launchYear',
  parties: 'parties',
  signatories: 'signatories',
  maintainer: 'maintainer',
};

const empty = (understood: Understood[], needsModerator: boolean): ReplyPlan => ({ proposals: [], decided: [], additions: [], withdraw: [], anonymous: false, understood, needsModerator });
const item = (kind: Understood['kind'], draft: Draft | null = null, change: string | null = null): Understood => ({
  kind,
  draftId: draft?.id ?? null,
  name: draft?.fields.name ?? null,
  agreementId: draft && draft.status !== 'pending' ? draft.agreementId : null,
  change,
});

/**
 * What a reply in a contribution's thread asks for, given the contribution's drafts. Only the
 * contributor's own address is acted on; a reply that only quotes changes nothing. A correction
 * goes to the draft it names (in its sentence, or anywhere in the reply), else to the only draft;
 * when that cannot be told, a moderator decides. An agreement block naming a draft corrects it;
 * any other named agreement is an addition.
 */
export function understandReply(reading: ReplyReading, drafts: readonly Draft[], sender: { fromContributor: boolean }): ReplyPlan {
  if (reading.kind === 'auto-reply' || reading.kind === 'bounce') return empty([item('automatic')], false);
  if (!reading.ownWords) return empty([item('quote-only')], false);
  if (!sender.fromContributor) return empty([item('not-from-contributor')], true);

  const find = createDraftFinder(drafts);
  const inReply = find.named(reading.text);
  const live = drafts.filter((d) => d.status !== 'withdrawn');
  const fallback = inReply.length === 1 ? inReply[0]! : live.length === 1 ? live[0]! : null;

  const additions: ContributedAgreement[] = [];
  const targeted: Array<{ draft: Draft | null; change: FieldChange }> = [];
  for (const c of reading.changes) {
    const named = c.field === 'name' ? [] : find.named(c.snippet);
    targeted.push({ draft: named.length === 1 ? named[0]! : fallback, change: c });
  }
  for (const a of reading.agreements) {
    const own = a.name.trim() === '' ? fallback : find.named(a.name, true)[0];
    if (own === undefined) additions.push(a);
    else for (const change of changesOfBlock(a)) targeted.push({ draft: own, change });
  }

  const understood: Understood[] = [];
  const proposals: DraftCorrection[] = [];
  const decided: DraftCorrection[] = [];
  for (const { draft, changes } of groupByDraft(targeted)) {
    if (!draft) {
      understood.push({ ...item('correction-unmatched'), change: changes.map((c) => `${c.field}: ${String(c.value)}`).join('; ') });
      continue;
    }
    const correction = correctionOf(draft, changes);
    if (!correction) continue;
    (draft.status === 'pending' ? proposals : decided).push(correction);
    understood.push(item(draft.status === 'pending' ? 'correction' : 'correction-to-decided', draft, correction.change));
  }
  for (const a of additions) understood.push({ ...item('addition'), name: a.name.trim() || UNNAMED_AGREEMENT });

  const withdraw: number[] = [];
  if (reading.withdraw !== null) {
    const named = find.named(reading.withdraw);
    for (const d of named.length > 0 ? named : drafts) {
      if (d.status === 'pending') withdraw.push(d.id);
      if (d.status === 'pending' || d.status === 'approved' || d.status === 'merged') understood.push(item('withdrawal', d, d.status === 'pending' ? 'withdrawn' : 'kept in the catalog'));
    }
    if (withdraw.length === 0 && !understood.some((u) => u.kind === 'withdrawal')) understood.push(item('withdrawal'));
  }
  const anonymous = reading.anonymous !== null;
  if (anonymous) understood.push(item('anonymity'));
  if (understood.length === 0) understood.push(item('unread'));
  const needsModerator = understood.some((u) => u.kind === 'unread' || u.kind === 'correction-unmatched' || u.kind === 'correction-to-decided');
  return { proposals, decided, additions, withdraw, anonymous, understood, needsModerator };
}

/** The fields an agreement block gives, as changes (its name names the draft; it is no change). */
function changesOfBlock(a: ContributedAgreement): FieldChange[] {
  const snippet = (key: string) => a.evidence[key]?.snippet ?? '';
  const out: FieldChange[] = [];
  if (a.launchYear !== null) out.push({ field: 'launchYear', value: a.launchYear, snippet: snippet('launchYear') });
  if (a.parties) out.push({ field: 'parties', value: a.parties, snippet: snippet('parties') });
  if (a.signatories.length > 0) out.push({ field: 'signatories', value: a.signatories, snippet: snippet('signatories') });
  if (a.maintainer) out.push({ field: 'maintainer', value: a.maintainer, snippet: snippet('maintainer') });
  return out;
}

function groupByDraft(targeted: ReadonlyArray<{ draft: Draft | null; change: FieldChange }>): Array<{ draft: Draft | null; changes: FieldChange[] }> {
  const groups = new Map<number, { draft: Draft | null; changes: FieldChange[] }>();
  for (const t of targeted) {
    const key = t.draft?.id ?? 0;
    const group = groups.get(key) ?? { draft: t.draft, changes: [] };
    group.changes.push(t.change);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The draft's fields as the changes want them (a later sentence wins), or null when nothing would change. */
function correctionOf(draft: Draft, changes: readonly FieldChange[]): DraftCorrection | null {
  const patch: Partial<DraftFields> = {};
  const evidence: Record<string, string> = {};
  for (const c of changes) {
    const key = FIELD_KEYS[c.field];
    const value = DraftFieldsSchema.shape[key].safeParse(c.value);
    if (!value.success) continue;
    (patch as Record<string, unknown>)[key] = value.data;
    evidence[key] = c.snippet;
  }
  const after = { ...draft.fields, ...patch };
  const change = describeFieldChanges(draft.fields, after);
  if (change === 'no change') return null;
  const keys = (Object.keys(patch) as Array<keyof DraftFields>).filter((k) => JSON.stringify(draft.fields[k]) !== JSON.stringify(after[k]));
  const pick = (fields: DraftFields) => Object.fromEntries(keys.map((k) => [k, fields[k]])) as Partial<DraftFields>;
  return { draft, patch: pick(after), before: pick(draft.fields), evidence: Object.fromEntries(keys.map((k) => [k, evidence[k] ?? ''])), change };
}

/** Finds the contribution's drafts a text names, typos tolerated; `whole`: the text is a name, in either direction. */
function createDraftFinder(drafts: readonly Draft[]): { named(text: string, whole?: boolean): Draft[] } {
  const named = drafts.filter((d) => d.fields.name !== UNNAMED_AGREEMENT);
  const index: PhraseIndex = buildPhraseIndex(named.map((d) => ({ key: String(d.id), text: d.fields.name })));
  return {
    named(text, whole = false) {
      const ids = new Set(matchPhrases(text, index).filter((m) => m.score >= NAMES_DRAFT).map((m) => m.phrase.key));
      // "Global Charter" written for the draft "Global Charter for Tech Cooperation"
      if (whole && ids.size === 0) {
        const asName = buildPhraseIndex([{ key: 'reply', text }]);
        for (const d of named) if (matchPhrases(d.fields.name, asName).some((m) => m.score >= NAMES_DRAFT)) ids.add(String(d.id));
      }
      return named.filter((d) => ids.has(String(d.id)));
    },
  };
}
