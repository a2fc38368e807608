import type { CatalogSnapshot } from '../../../core/catalog/catalog-snapshot.js';
import { redactEmails } from '../../../core/moderation/redact-emails.js';
import { ReplyReadingSchema, type FieldChange, type ReplyReading } from '../../../core/replies/reply-reading.js';
import { normalizeText } from '../../../core/text/normalize-text.js';
import { buildAgreement, createAgreementMemo } from '../build-agreement.js';
import { classifyMessage } from '../classify-message.js';
import type { DocumentBlock } from '../document/document-block.js';
import { extractText } from '../extract-text.js';
import { readLabel } from '../fields/read-label.js';
import { readQuestionnaire, toParagraphs, type RawAgreement } from '../fields/read-questionnaire.js';
import { readUnits } from '../fields/read-units.js';
import { isAnonymousRequest } from '../is-anonymous-request.js';
import { LIMITS } from '../limits.js';
import { parseContributor } from '../parse-contributor.js';
import { dedupeByName } from '../parse-email.js';
import { findProseAgreements } from '../prose/find-prose-agreements.js';
import { readSentences } from '../prose/read-sentences.js';
import { readMailHeaders } from '../read-mail-headers.js';
import { stripQuotedReply } from '../strip-quoted-reply.js';
import { CHANGE_WORDS } from './correction-vocabulary.js';
import { createOwnMailFilter, type OwnMailFilter } from './create-own-mail-filter.js';
import { isWithdrawalRequest } from './is-withdrawal-request.js';
import { readCorrections } from './read-corrections.js';

export interface ReplyContext {
  catalog: CatalogSnapshot;
  /** the mails we sent in this thread (acknowledgement, outcomes): their lines are never the sender's words */
  ourMail: readonly string[];
  /** the contribution's drafts' names: a sentence naming another agreement describes that one, it corrects no draft */
  draftNames: readonly string[];
  now?: Date;
}

/** A line of the sender's shorter than a hard-wrapped one (or ending a sentence) ends its sentence. */
const WRAP_WIDTH = 60;
/** where a sentence joins two requests: ";" or a coordinating word (English, French, Spanish) */
const CLAUSE_BREAK = /\s*;\s*|,?\s+(?:and|also|but|et|aussi|mais|y|e|tambi[eé]n|pero)\s+/iu;
const EXCERPT_LINES = 4;
const EXCERPT_CHARS = 400;
/** the sender's own words kept with the reply: enough for any reply, bounded for hostile mail */
const MAX_OWN_CHARS = 20_000;

/**
 * What a reply to a contribution's thread says, read from the sender's own words only: quoted
 * text (quote marks, "On … wrote:", Outlook's header) and lines repeating our own mails are left
 * out first, and an answer written under a quoted field line of our acknowledgement is read as
 * that field. Then each sentence is read for a withdrawal, a request for anonymity or field
 * corrections (readCorrections); what is left goes through the intake's own readers: the
 * questionnaire in any layout (a block naming no agreement corrects the draft meant) and the
 * letter reader (another agreement described is an addition).
 */
export async function readReply(raw: Buffer, ctx: ReplyContext): Promise<ReplyReading> {
  const now = ctx.now ?? new Date();
  const extracted = await extractText(raw);
  const head = readMailHeaders(extracted.mail);
  const early = classifyMessage({ ...head.traits, hasQuestionnaire: false });
  const nothing = { subject: head.subject, ownWords: false, excerpt: '', text: '', changes: [], agreements: [], withdraw: null, anonymous: null };
  if (early.kind === 'bounce' || early.kind === 'auto-reply') return { kind: early.kind, ...nothing };

  const ours = createOwnMailFilter(ctx.ourMail);
  const own = extracted.parts.map((p) => ours.dropOurLines(stripQuotedReply(answersUnderOurLines(p.blocks, ours))));
  const lines = own.flatMap((blocks) => blocks.flatMap(blockLines)).filter((l) => /\p{L}|\d/u.test(l));
  if (lines.length === 0) return { kind: 'contribution', ...nothing };
  const text = lines.join('\n').slice(0, MAX_OWN_CHARS);

  const q = readQuestionnaire(readUnits(own));
  const prose = findProseAgreements(toParagraphs(q.freeText).map((p) => p.text), ctx.catalog);
  const otherAgreements = [...prose.agreements.map((a) => a['agreement.name']?.value ?? ''), ...prose.mentions.map((m) => m.name)]
    .map(normalizeText)
    .filter((n) => n !== '' && !ctx.draftNames.some((d) => sameName(d, n)));

  const said = readStatements(sentencesOf(own), otherAgreements, now);
  const consumed = (snippet: string) => snippet.trim() !== '' && said.consumed.some((s) => s.includes(snippet.split('\n')[0]!.trim()));
  const memo = createAgreementMemo();
  const blocks = dedupeByName([...q.agreements, ...prose.agreements].map((a) => withoutConsumed(a, consumed)).filter((a) => Object.keys(a).length > 0));
  const agreements = blocks.slice(0, LIMITS.MAX_AGREEMENTS).map((a) => buildAgreement(a, ctx.catalog, now, memo));

  const { contributor, evidence } = parseContributor(q, null);
  const anonymous = said.anonymous ?? (contributor.anonymous ? (evidence.anonymous?.snippet ?? 'anonymous') : null);
  return ReplyReadingSchema.parse({
    kind: 'contribution',
    subject: head.subject,
    ownWords: true,
    excerpt: redactEmails(lines.slice(0, EXCERPT_LINES).join('\n')).slice(0, EXCERPT_CHARS),
    text,
    changes: said.changes,
    agreements,
    withdraw: said.withdraw,
    anonymous,
  });
}

function blockLines(b: DocumentBlock): string[] {
  if (b.kind === 'table') return b.rows.flatMap((r) => r.map((c) => c.lines.join(' ')));
  return 'lines' in b ? b.lines : [];
}

function sameName(a: string, b: string): boolean {
  const x = normalizeText(a);
  const y = normalizeText(b);
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
}

/**
 * "> launched: 2019" quoted from our acknowledgement, then "2017" on the sender's own line: the
 * sender's line is read as "launched: 2017". Only under a field line of our own mail, so a
 * reply to someone else's text is not rewritten.
 */
function answersUnderOurLines(blocks: readonly DocumentBlock[], ours: OwnMailFilter): DocumentBlock[] {
  return blocks.map((b, i) => {
    const above = blocks[i - 1];
    if (i === 0 || b.quoteDepth !== 0 || !above || above.quoteDepth === 0 || !('lines' in b) || !('lines' in above) || b.lines.length === 0) return b;
    const quoted = above.lines[above.lines.length - 1] ?? '';
    const label = readLabel(quoted);
    if (!label?.kind.startsWith('agreement.') || label.value === '' || !ours.isOurLine(quoted) || readLabel(b.lines[0]!)) return b;
    return { ...b, lines: [`${label.label}: ${b.lines[0]!.trim()}`, ...b.lines.slice(1)] };
  });
}

/** The sender's sentences: a block's lines joined where the mail program wrapped them, split by the sentence reader. */
function sentencesOf(parts: readonly (readonly DocumentBlock[])[]): string[] {
  const segments: string[] = [];
  for (const block of parts.flat()) {
    if (!('lines' in block)) continue;
    let current = '';
    for (const line of block.lines) {
      const t = line.trim();
      if (t === '') continue;
      current = current === '' ? t : `${current} ${t}`;
      if (t.length < WRAP_WIDTH || /[.!?:;]$/.test(t)) {
        segments.push(current);
        current = '';
      }
    }
    if (current !== '') segments.push(current);
  }
  return readSentences(segments).map((s) => s.text);
}

interface Statements {
  changes: FieldChange[];
  withdraw: string | null;
  anonymous: string | null;
  /** the sentences read here, which the field readers must not read again */
  consumed: string[];
}

/**
 * Each sentence: a withdrawal, a request for anonymity, or field corrections. A labelled answer
 * ("Date of launch: 2017") is left to the questionnaire reader, unless it asks for a change
 * ("Please change the name to: X"); a sentence naming an agreement other than the drafts describes
 * that agreement and is left to the letter reader. A sentence ending in ":" may have its value in the next.
 */
function readStatements(sentences: readonly string[], otherAgreements: readonly string[], now: Date): Statements {
  const out: Statements = { changes: [], withdraw: null, anonymous: null, consumed: [] };
  for (let i = 0; i < sentences.length; i += 1) {
    const s = sentences[i]!;
    // one sentence may ask both: "please withdraw my contribution and do not publish my name"
    const clauses = [s, ...s.split(CLAUSE_BREAK)];
    const withdraw = clauses.some(isWithdrawalRequest);
    const anonymous = clauses.some(isAnonymousRequest);
    if (withdraw) out.withdraw ??= s;
    if (anonymous) out.anonymous ??= s;
    if (withdraw || anonymous) {
      out.consumed.push(s);
      continue;
    }
    if (isPlainAnswer(s)) continue;
    let read = s;
    let changes = readCorrections(s, now);
    if (changes.length === 0 && s.endsWith(':') && sentences[i + 1]) {
      read = `${s} ${sentences[i + 1]}`;
      changes = readCorrections(read, now);
    }
    // another agreement named describes that one, unless the name is the one the draft should take ("its name is now X")
    const folded = ` ${normalizeText(read)} `;
    const renamed = (n: string) => changes.some((c) => c.field === 'name' && sameName(String(c.value), n));
    if (changes.length === 0 || otherAgreements.some((n) => folded.includes(` ${n} `) && !renamed(n))) continue;
    if (read !== s) out.consumed.push(sentences[++i]!);
    out.changes.push(...changes);
    out.consumed.push(s);
  }
  return out;
}

/** "Date of launch: 2017": a labelled answer, which the questionnaire reader reads in any layout. */
function isPlainAnswer(sentence: string): boolean {
  const label = readLabel(sentence);
  if (!label || label.value === '' || !(label.kind.startsWith('agreement.') || label.kind.startsWith('contributor.'))) return false;
  const words = normalizeText(label.label).split(' ');
  return !words.some((w) => CHANGE_WORDS.some((c) => (c.endsWith('*') ? w.startsWith(c.slice(0, -1)) : w === c)));
}

/** An agreement block without the fields read from a sentence already read as a correction. */
function withoutConsumed(a: RawAgreement, consumed: (snippet: string) => boolean): RawAgreement {
  return Object.fromEntries(Object.entries(a).filter(([, f]) => !consumed(f.snippet))) as RawAgreement;
}
