import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import { emptyParsedMessage, type ContributedAgreement, type Mention, type ParsedMessage } from '../../core/contribution/parsed-message.js';
import { countNormalWords, normalizeText } from '../../core/text/normalize-text.js';
import { buildAgreement, createAgreementMemo } from './build-agreement.js';
import { classifyMessage, isListMail } from './classify-message.js';
import { isNewsletter } from './is-newsletter.js';
import { collectGarbage } from './collect-garbage.js';
import { readSignatureBlock, type SignatureBlock } from './contributor/read-signature-block.js';
import type { DocumentPart } from './document/document-block.js';
import { extractText } from './extract-text.js';
import { readQuestionnaire, toParagraphs, type FreeLine, type RawAgreement } from './fields/read-questionnaire.js';
import { findForwardedAuthor, readUnits } from './fields/read-units.js';
import { LIMITS } from './limits.js';
import { parseContributor } from './parse-contributor.js';
import { describe, warning } from './parse-warning.js';
import { findProseAgreements } from './prose/find-prose-agreements.js';
import { readMailHeaders } from './read-mail-headers.js';
import { splitEndorsements } from './split-endorsements.js';
import { ExtractorStoppedError } from './worker/create-extractor-pool.js';
import { isForwardSubject, stripQuotedReply } from './strip-quoted-reply.js';

export interface ParseContext {
  catalog: CatalogSnapshot;
  /** for years "in the future"; defaults to the current time */
  now?: Date;
}

/** A letter shorter than this that names a known agreement but proposes nothing is a question or a note, not a contribution. */
const MIN_LETTER_WORDS = 60;

/**
 * A contribution e-mail as structured data: kind, contributor, agreements with evidence, answers.
 * Never throws on bad mail: unreadable parts and surprises become `warnings`.
 */
export async function parseEmail(raw: Buffer, ctx: ParseContext): Promise<ParsedMessage> {
  try {
    // not validated here: the intake checks every parse against ParsedMessageSchema before storing it
    return await parseOrThrow(raw, ctx);
  } catch (error) {
    if (error instanceof ExtractorStoppedError) throw error; // stopping: the message is read again at the next start
    return { ...emptyParsedMessage(), warnings: [warning('parser-error', `the message could not be parsed (${describe(error)}); keep the raw mail for a moderator`)] };
  } finally {
    // the decoded parts and strings of a large message are garbage now: give them back before the next
    if (raw.length > LIMITS.COLLECT_AFTER_RAW_BYTES) collectGarbage();
  }
}

async function parseOrThrow(raw: Buffer, ctx: ParseContext): Promise<ParsedMessage> {
  const now = ctx.now ?? new Date();
  const extracted = await extractText(raw);
  const head = readMailHeaders(extracted.mail);
  const warnings = [...extracted.warnings];
  const early = classifyMessage({ ...head.traits, hasQuestionnaire: false });
  const parts = extracted.parts;
  const base = { ...emptyParsedMessage(), messageId: head.messageId, subject: head.subject, from: head.from, date: head.date, parts: [...new Set(parts.map((p) => p.source))] };
  // bounces, auto-replies and list mail: no contribution to read, whatever its body looks like
  if (early.kind === 'bounce' || early.kind === 'auto-reply' || isListMail(head.traits)) return { ...base, kind: early.kind, kindReason: early.reason, warnings };

  const isForward = isForwardSubject(head.subject);
  const q = readQuestionnaire(readUnits(parts.map((p) => stripQuotedReply(p.blocks, isForward || p.source.includes('message/rfc822')))));
  // the author of a forwarded contribution, not the person who forwarded it
  const author = findForwardedAuthor(parts, isForward) ?? head.sender;
  const signature = signatory(parts, q.freeText, author?.name ?? null);
  // a mailing without its bulk headers: its footer says so, and it answers nothing of the call
  if (isNewsletter(q, signature)) return { ...base, kind: 'other', kindReason: 'a mailing (subscription footer, no answer to the call)', warnings };
  // "(1) Signatory? Yes, we joined the Paris Call": the sender's own endorsement, read as an answer to question 1
  const { agreements: blocks, endorsements } = splitEndorsements(q.agreements, ctx.catalog);
  for (const text of endorsements) q.freeText.push({ text, question: 1, part: -1, opensBlock: true });
  if (endorsements.length > 0) q.answers['1'] = [q.answers['1'] ?? '', ...endorsements].filter((t) => t !== '').join('\n');
  const structured = dedupeByName(blocks);
  const paragraphs = toParagraphs(q.freeText);
  const prose = findProseAgreements(
    paragraphs.map((p) => p.text),
    ctx.catalog,
    // a form already filled: names in prose are mentions; the answers to questions 1 and 3 say what their names are
    paragraphs.map((p) => (structured.length > 0 ? 'mentions' : p.question === 1 ? 'endorsement' : p.question === 3 ? 'proposal' : 'letter')),
  );
  const found = [...structured, ...prose.agreements];
  if (found.length > LIMITS.MAX_AGREEMENTS) warnings.push(warning('too-many-agreements', `${found.length} agreements; read the first ${LIMITS.MAX_AGREEMENTS}`));
  const memo = createAgreementMemo();
  const agreements = found.slice(0, LIMITS.MAX_AGREEMENTS).map((a) => buildAgreement(a, ctx.catalog, now, memo));
  agreements.forEach((a, i) => {
    if (a.name === '') warnings.push(warning('agreement-without-name', `agreement ${i + 1} has fields but no name; a moderator should name it`));
  });

  const { contributor, evidence } = parseContributor(q, author, signature);
  const hasForm = agreements.length > 0 || Object.keys(q.answers).length > 0 || Object.values(q.contributor).some((f) => f.value.trim() !== '');
  // words are counted only when the letter names an agreement, and only as far as MIN_LETTER_WORDS
  // names only asked about ("should we propose X?") make no letter of contribution: a question to the organisers
  const isLetter = prose.mentions.length > prose.asked && hasWords(paragraphs, MIN_LETTER_WORDS);
  const kind = classifyMessage({ ...head.traits, hasQuestionnaire: hasForm || isLetter });
  return {
    ...base,
    kind: kind.kind,
    kindReason: hasForm || !isLetter ? kind.reason : kind.kind === 'contribution' ? 'a letter about agreements' : kind.reason,
    contributor,
    contributorEvidence: evidence,
    answers: q.answers,
    agreements,
    mentions: notDrafted(prose.mentions, agreements),
    warnings,
  };
}

/**
 * Mentions of agreements the message does not also contribute: a draft is not named "in passing"
 * too. A draft is known by its catalog id or its name, a new one also by the short form a letter
 * calls it by ("the Kestrel Charter" for the "Kestrel Charter on Responsible State Behaviour").
 */
export function notDrafted(mentions: readonly Mention[], drafts: ReadonlyArray<Pick<ContributedAgreement, 'name' | 'catalogMatch'>>): Mention[] {
  const ids = new Set(drafts.flatMap((d) => (d.catalogMatch ? [d.catalogMatch.agreementId] : [])));
  const names = drafts.map((d) => normalizeText(d.name)).filter((n) => n !== '');
  return mentions.filter((m) => {
    if (m.agreementId !== null) return !ids.has(m.agreementId);
    const name = normalizeText(m.name);
    return name === '' || !names.some((n) => n === name || n.startsWith(`${name} `));
  });
}

/** The same agreement pasted in the body and attached is kept once, fields merged. */
export function dedupeByName(agreements: RawAgreement[]): RawAgreement[] {
  const byName = new Map<string, RawAgreement>();
  const out: RawAgreement[] = [];
  for (const a of agreements) {
    const key = normalizeText(a['agreement.name']?.value ?? '');
    const seen = key ? byName.get(key) : undefined;
    if (!seen) {
      if (key) byName.set(key, a);
      out.push(a);
      continue;
    }
    for (const [field, value] of Object.entries(a) as Array<[keyof RawAgreement, NonNullable<RawAgreement[keyof RawAgreement]>]>) {
      if (!seen[field]?.value) seen[field] = value;
    }
  }
  return out;
}

function hasWords(paragraphs: ReadonlyArray<{ text: string }>, min: number): boolean {
  let n = 0;
  for (const p of paragraphs) {
    // a paragraph is a word at least: its words may be in a script the normal form leaves out
    n += Math.max(1, countNormalWords(p.text));
    if (n >= min) return true;
  }
  return false;
}

/** The letter's signatory: an attachment's (the letter an assistant sends) before the body's own. */
function signatory(parts: readonly DocumentPart[], lines: readonly FreeLine[], sender: string | null): SignatureBlock | null {
  const order = parts.map((p, i) => ({ i, attached: p.source.includes('attachment:') })).sort((a, b) => Number(b.attached) - Number(a.attached));
  for (const { i } of order) {
    const block = readSignatureBlock(lines.filter((l) => l.part === i).map((l) => l.text), sender);
    if (block) return block;
  }
  return null;
}

