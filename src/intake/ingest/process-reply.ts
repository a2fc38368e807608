import { ANONYMOUS_LABEL, buildDrafts, labelContributor } from '../../core/contribution/build-drafts.js';
import { emptyParsedMessage } from '../../core/contribution/parsed-message.js';
import { INTAKE_ACTOR } from '../../core/moderation/draft.js';
import { composeReplyAcknowledgement } from '../../core/replies/compose-reply-acknowledgement.js';
import type { ReplyReading } from '../../core/replies/reply-reading.js';
import { understandReply, type ReplyPlan } from '../../core/replies/understand-reply.js';
import type { UnsortedCorrection } from '../../core/unsorted/unsorted-item.js';
import { toOneLine } from '../../core/text/strip-control-characters.js';
import { anonymizeContribution } from '../../store/anonymize-contribution.js';
import { createCatalogRepository } from '../../store/catalog-repository.js';
import type { Database } from '../../store/database.js';
import { insertDraft } from '../../store/draft-repository.js';
import { enqueueMail } from '../../store/enqueue-mail.js';
import type { RawMessageRow } from '../../store/intake-repository.js';
import { proposeEdit } from '../../store/proposed-edit-repository.js';
import { createUnsortedRepository } from '../../store/unsorted-repository.js';
import { findThread, insertReply, readContributionDrafts, readOurMail, setReplyUnderstood, type ThreadMatch } from '../../store/thread-repository.js';
import { withdrawDrafts } from '../../store/withdraw-drafts.js';
import { judgeSender, type SenderJudgement } from '../sender/judge-sender.js';
import { ackPolicyOf, decideAcknowledgement } from './decide-acknowledgement.js';
import { echoSafely } from './echo-safely.js';
import type { IngestDeps, IngestOutcome } from './ingest-deps.js';
import type { HeaderField } from './read-header-fields.js';

/** A reply and where it belongs: found from its headers before it is parsed. */
export interface ReplyThread extends ThreadMatch {
  sender: SenderJudgement;
  /** the msg-ids it names, nearest first */
  references: string[];
}

const MSG_ID = /<[^<>\s]{1,900}>/g;

/** The msg-ids a mail answers, nearest first: In-Reply-To, then References from the last (RFC 5322 §3.6.4). */
export function readReferences(fields: readonly HeaderField[]): string[] {
  const ids = (name: string) => fields.filter((f) => f.name === name).flatMap((f) => f.value.match(MSG_ID) ?? []);
  return [...new Set([...ids('in-reply-to'), ...ids('references').reverse()])];
}

/**
 * The contribution a mail answers, or null for a new contribution. A reply to one of our mails
 * (acknowledgement, outcome) belongs to its contribution whoever sends it (only the contributor's
 * own address is acted on); a mail naming the contribution itself or an earlier reply belongs to
 * it only from the contributor's address, so a reply-all quoting someone else's contribution is
 * a contribution of its own.
 */
export async function findReplyThread(db: Database, fields: readonly HeaderField[], deps: Pick<IngestDeps, 'smtpFrom' | 'acknowledgements'>): Promise<ReplyThread | null> {
  const references = readReferences(fields);
  const match = references.length > 0 ? await findThread(db, references) : null;
  if (!match) return null;
  const sender = judgeSender(fields, ackPolicyOf(deps));
  if (match.via === 'their-mail' && !isContributor(sender, match)) return null;
  return { ...match, sender, references };
}

const isContributor = (sender: SenderJudgement, thread: ThreadMatch) =>
  sender.replyTo !== null && thread.contributorEmail !== null && sender.replyTo.toLowerCase() === thread.contributorEmail.toLowerCase();

/**
 * A reply to a contribution's thread, stored already: read it, then in one transaction keep it in
 * the thread with what it was understood to say, do what it asks (corrections proposed, drafts
 * added, withdrawn, the contribution made anonymous) and queue one short answer under the same
 * rules as an acknowledgement. Like a new contribution, a crash before the commit leaves the
 * message stored, to be read again.
 */
export async function processReply(row: RawMessageRow, deps: IngestDeps, raw: Buffer, thread: ReplyThread): Promise<IngestOutcome> {
  const { db } = deps;
  const c = thread.contributionId;
  // the reply reader brings the whole mail parser: imported when a reply comes, not at start-up
  const reading = await (deps.readReply ?? (await import('../parse/reply/read-reply.js')).readReply)(raw, {
    catalog: await deps.catalog(),
    ourMail: await readOurMail(db, c),
    draftNames: (await readContributionDrafts(db, c)).map((d) => d.fields.name),
    now: deps.now(),
  });
  const fromContributor = isContributor(thread.sender, thread);
  const policy = ackPolicyOf(deps);
  const now = deps.now();
  const done = await db.transaction(async (tx) => {
    // the drafts as they are now: a moderator may have decided one while the reply was read
    const plan = understandReply(reading, await readContributionDrafts(tx, c), { fromContributor });
    const answers = reading.ownWords && reading.kind !== 'auto-reply' && reading.kind !== 'bounce';
    const ack = answers ? await decideAcknowledgement(tx, thread.sender, policy, now, 'reply-acknowledgement') : null;
    const replyId = await insertReply(tx, { contributionId: c, rawId: row.id, fromContributor, kind: reading.kind, reading, understood: plan.understood, acknowledgement: ack }, now);
    const draftIds = await applyPlan(tx, deps, { contributionId: c, replyId, plan }, now);
    const unsortedId = await holdDecidedCorrections(tx, { contributionId: c, replyId, plan, subject: reading.subject }, now);
    const understood = fillAdditionIds(plan, draftIds);
    await setReplyUnderstood(tx, replyId, understood);
    // every card of the contribution shows its thread: all of them are drawn again
    const touched = (await tx.all<{ id: number }>('SELECT id FROM drafts WHERE contribution_id = ? ORDER BY id', [c])).map((d) => d.id).filter((id) => !draftIds.includes(id));
    await tx.run('UPDATE drafts SET revision = revision + 1 WHERE contribution_id = ?', [c]);
    let acknowledged = false;
    const mail = ack?.status === 'queued' && thread.sender.replyTo ? composeReplyAcknowledgement({ contributionId: c, reply: replyHeaders(reading, row, thread), contributorName: fromContributor && !plan.anonymous ? thread.contributorName : null, understood, echo: echoSafely }) : null;
    if (mail && thread.sender.replyTo) {
      acknowledged = await enqueueMail(tx, { dedupeKey: `reply-ack:${replyId}`, kind: 'reply-acknowledgement', contributionId: c, to: thread.sender.replyTo, ...mail }, now);
    }
    return { replyId, draftIds, acknowledged, understood, touched, unsortedId };
  });
  deps.logger
    .child({ rawId: row.id, messageId: row.message_id })
    .info({ contributionId: c, replyId: done.replyId, fromContributor, understood: done.understood.map((u) => u.kind), drafts: done.draftIds.length, acknowledged: done.acknowledged }, 'reply ingested');
  return { status: 'processed', rawId: row.id, kind: reading.kind, contributionId: c, draftIds: done.draftIds, unsortedId: done.unsortedId, acknowledged: done.acknowledged, replyId: done.replyId, changedDraftIds: done.touched };
}

/** Does what the plan says, in the caller's transaction; returns the ids of the drafts added. */
async function applyPlan(tx: Database, deps: IngestDeps, input: { contributionId: number; replyId: number; plan: ReplyPlan }, now: Date): Promise<number[]> {
  const { contributionId, replyId, plan } = input;
  for (const p of plan.proposals) await proposeEdit(tx, { draftId: p.draft.id, patch: p.patch, before: p.before, evidence: p.evidence, replyId }, now);
  const added: number[] = [];
  if (plan.additions.length > 0) {
    const contributor = await tx.get<{ name: string | null; affiliation: string | null; anonymous: number }>(
      'SELECT contributor_name AS name, contributor_affiliation AS affiliation, anonymous FROM contributions WHERE id = ?',
      [contributionId],
    );
    const label = labelContributor({ name: contributor?.name ?? null, affiliation: contributor?.affiliation ?? null, email: null, country: null, anonymous: plan.anonymous || contributor?.anonymous === 1 });
    const next = (await tx.get<{ idx: number }>('SELECT COALESCE(MAX(idx), -1) + 1 AS idx FROM drafts WHERE contribution_id = ?', [contributionId]))?.idx ?? 0;
    const drafts = buildDrafts(asContribution(plan.additions));
    for (const [i, d] of drafts.entries()) {
      added.push(await insertDraft(tx, { contributionId, index: next + i, draft: { ...d, contributorLabel: label }, actor: INTAKE_ACTOR, at: now.toISOString(), change: `added by the contributor's reply ${replyId} to contribution #${contributionId}` }));
    }
  }
  if (plan.withdraw.length > 0) await withdrawDrafts(tx, { contributionId, draftIds: plan.withdraw, replyId }, now);
  if (plan.anonymous) {
    await anonymizeContribution(tx, deps.catalogStore ?? createCatalogRepository(deps.db), { contributionId, source: `contribution:${contributionId}/reply:${replyId}` }, now);
  }
  return added;
}

/**
 * Corrections of drafts already decided wait in the "needs a look" queue, one item per reply,
 * naming each catalog agreement and the change: the catalog changes only by a moderator's hand.
 */
async function holdDecidedCorrections(tx: Database, input: { contributionId: number; replyId: number; plan: ReplyPlan; subject: string }, now: Date): Promise<number | null> {
  const { plan } = input;
  if (plan.decided.length === 0) return null;
  const payload: UnsortedCorrection = {
    kind: 'correction',
    contributionId: input.contributionId,
    replyId: input.replyId,
    subject: input.subject,
    senderName: plan.anonymous ? ANONYMOUS_LABEL : plan.decided[0]!.draft.contributorLabel,
    receivedAt: now.toISOString(),
    corrections: plan.decided.map((d) => ({ draftId: d.draft.id, agreementId: d.draft.agreementId, name: d.draft.fields.name, change: d.change, patch: d.patch, evidence: d.evidence })),
  };
  const held = await createUnsortedRepository(tx).add({ dedupeKey: `correction:${input.replyId}`, reason: 'the contributor corrects drafts already decided', payload }, now.toISOString());
  return held.id;
}

/** The agreements a reply adds, as buildDrafts takes them. */
function asContribution(agreements: ReplyPlan['additions']): Parameters<typeof buildDrafts>[0] {
  return { ...emptyParsedMessage(), kind: 'contribution', kindReason: 'a reply to a contribution', agreements };
}

/** The plan's "addition" items with the ids of the drafts added, in order. */
function fillAdditionIds(plan: ReplyPlan, draftIds: readonly number[]): ReplyPlan['understood'] {
  let n = 0;
  return plan.understood.map((u) => (u.kind === 'addition' ? { ...u, draftId: draftIds[n++] ?? null } : u));
}

function replyHeaders(reading: ReplyReading, row: RawMessageRow, thread: ReplyThread): { subject: string; messageId: string | null; references: string[] } {
  const id = row.message_id ? toOneLine(row.message_id).match(MSG_ID)?.[0] ?? null : null;
  return { subject: reading.subject, messageId: id, references: [...thread.references].reverse() };
}
