import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import { ParsedMessageSchema, type ParsedMessage } from '../../core/contribution/parsed-message.js';
import { buildAgreement, createAgreementMemo } from './build-agreement.js';
import { classifyMessage } from './classify-message.js';
import { extractText, type ExtractedMail } from './extract-text.js';
import { createLineMemo } from './line-memo.js';
import { LIMITS } from './limits.js';
import { mergeQuestionnaires } from './merge-questionnaires.js';
import { parseContributor } from './parse-contributor.js';
import { parseQuestionnaire } from './parse-questionnaire.js';
import { describe, warning } from './parse-warning.js';
import { ExtractorStoppedError } from './worker/create-extractor-pool.js';
import { readMailHeaders } from './read-mail-headers.js';
import { stripCallText } from './strip-call-text.js';

export interface ParseContext {
  catalog: CatalogSnapshot;
  /** for years "in the future"; defaults to the current time */
  now?: Date;
}

/**
 * A contribution e-mail as structured data: kind, contributor, agreements with evidence, answers.
 * Never throws on bad mail: unreadable parts and surprises become `warnings`.
 */
export async function parseEmail(raw: Buffer, ctx: ParseContext): Promise<ParsedMessage> {
  try {
    return ParsedMessageSchema.parse(await parseOrThrow(raw, ctx));
  } catch (error) {
    if (error instanceof ExtractorStoppedError) throw error; // stopping: the message is read again at the next start
    return { ...emptyMessage(), warnings: [warning('parser-error', `the message could not be parsed (${describe(error)}); keep the raw mail for a moderator`)] };
  }
}

async function parseOrThrow(raw: Buffer, ctx: ParseContext): Promise<ParsedMessage> {
  const now = ctx.now ?? new Date();
  const extracted = await extractText(raw);
  const head = readMailHeaders(extracted.mail);
  const warnings = [...extracted.warnings];
  const early = classifyMessage({ ...head.traits, hasQuestionnaire: false });
  const base = { ...emptyMessage(), messageId: head.messageId, subject: head.subject, from: head.from, date: head.date, parts: parts(extracted) };
  if (early.kind === 'bounce' || early.kind === 'auto-reply') return { ...base, kind: early.kind, kindReason: early.reason, warnings };

  const lines = createLineMemo();
  // segments hold the sender's own text of each part already (quoted replies left out)
  const questionnaires = extracted.segments.map((s) => ({ segment: s, q: parseQuestionnaire(stripCallText(s.text, lines), lines) }));
  const merged = mergeQuestionnaires(questionnaires.map((x) => x.q));
  if (merged.agreements.length > LIMITS.MAX_AGREEMENTS) {
    warnings.push(warning('too-many-agreements', `${merged.agreements.length} agreements; read the first ${LIMITS.MAX_AGREEMENTS}`));
  }
  const memo = createAgreementMemo();
  const agreements = merged.agreements.slice(0, LIMITS.MAX_AGREEMENTS).map((a) => buildAgreement(a, ctx.catalog, now, memo));
  agreements.forEach((a, i) => {
    if (a.name === '') warnings.push(warning('agreement-without-name', `agreement ${i + 1} has fields but no name; a moderator should name it`));
  });
  // the sender of the part the contribution came from: the original author of a forwarded contribution
  const source = questionnaires.find((x) => x.q.agreements.length > 0 || Object.keys(x.q.contributor).length > 0)?.segment;
  const { contributor, evidence } = parseContributor(merged, source?.from ?? head.sender);
  const hasQuestionnaire =
    agreements.length > 0 || Object.keys(merged.answers).length > 0 || Object.values(merged.contributor).some((f) => f.value.trim() !== '');
  const kind = classifyMessage({ ...head.traits, hasQuestionnaire });
  return { ...base, kind: kind.kind, kindReason: kind.reason, contributor, contributorEvidence: evidence, answers: merged.answers, agreements, warnings };
}

function parts(extracted: ExtractedMail): string[] {
  return [...new Set(extracted.segments.map((s) => s.source))];
}

function emptyMessage(): ParsedMessage {
  return {
    kind: 'other',
    kindReason: 'no questionnaire content',
    messageId: null,
    subject: '',
    from: null,
    date: null,
    contributor: { name: null, affiliation: null, email: null, country: null, anonymous: false },
    answers: {},
    agreements: [],
    parts: [],
    warnings: [],
  };
}
