import { z } from 'zod';

/** A value read from a mail, with where it came from, so moderators can check it. */
export const sourced = <T extends z.ZodTypeAny>(value: T) =>
  z.object({
    value,
    /** the snippet of mail text the value was read from ('' when absent) */
    snippet: z.string(),
    /** 0..1: 1 = labelled field read verbatim; lower for inferred values */
    confidence: z.number().min(0).max(1),
  });

export const MessageKindSchema = z.enum(['contribution', 'auto-reply', 'bounce', 'other']);
export type MessageKind = z.infer<typeof MessageKindSchema>;

export const ContributorSchema = z.object({
  name: z.string().nullable(),
  affiliation: z.string().nullable(),
  /** kept for replies only: never rendered in chat, never logged */
  email: z.string().nullable(),
  country: z.string().nullable(),
  anonymous: z.boolean(),
});
export type Contributor = z.infer<typeof ContributorSchema>;

export const SuggestionSchema = z.object({ id: z.string(), name: z.string(), sentence: z.string() });
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const CatalogMatchSchema = z.object({ agreementId: z.number(), name: z.string(), score: z.number() });
export type CatalogMatch = z.infer<typeof CatalogMatchSchema>;

export const AgreementSourceSchema = z.enum(['questionnaire', 'table', 'prose']);
export type AgreementSource = z.infer<typeof AgreementSourceSchema>;

/**
 * An agreement the sender names without proposing it ("we signed the Paris Call"): recorded on the
 * contribution, never a draft. `agreementId` is the catalog's when it is a catalog agreement.
 */
export const MentionSchema = z.object({ name: z.string(), agreementId: z.number().nullable(), sentence: z.string() });
export type Mention = z.infer<typeof MentionSchema>;

export const ContributedAgreementSchema = z.object({
  name: z.string(),
  launchYear: z.number().int().nullable(),
  launchDate: z.string().nullable(),
  parties: z.string().nullable(),
  signatories: z.array(z.string()),
  maintainer: z.string().nullable(),
  maintainerContact: z.string().nullable(),
  /** the contributor's own words on which UN GGE norms it includes */
  ggeText: z.string().nullable(),
  /** GGE norm ids ("13f") suggested from the text */
  ggeNorms: z.array(SuggestionSchema),
  /** norm element ids ("2.1") suggested from the text */
  normElements: z.array(SuggestionSchema),
  catalogMatch: CatalogMatchSchema.nullable(),
  /** per field: snippet and confidence */
  evidence: z.record(z.string(), sourced(z.unknown())),
  /**
   * how the agreement was written: labelled answers, a table, or named in a letter's sentences.
   * Always set by intake/parse; optional so that parses stored before it was added still read.
   */
  source: AgreementSourceSchema.optional(),
  /** 0..1: how sure the parse is that this is an agreement the contributor proposes, as read */
  confidence: z.number().min(0).max(1).optional(),
});
export type ContributedAgreement = z.infer<typeof ContributedAgreementSchema>;

export const ParsedMessageSchema = z.object({
  kind: MessageKindSchema,
  /** why it was classified so (header or pattern) */
  kindReason: z.string(),
  messageId: z.string().nullable(),
  subject: z.string(),
  from: z.string().nullable(),
  date: z.string().nullable(),
  contributor: ContributorSchema,
  /** per contributor field (name, email, anonymous, ...): snippet and confidence; added by intake/parse */
  contributorEvidence: z.record(z.string(), sourced(z.unknown())).optional(),
  /** answers to the call's free questions (1, 2, 4, 5), by question number */
  answers: z.record(z.string(), z.string()),
  agreements: z.array(ContributedAgreementSchema),
  /** agreements named in passing (see MentionSchema); optional for parses stored before it was added */
  mentions: z.array(MentionSchema).optional(),
  /** which parts the text came from: 'text/plain', 'text/html', 'attachment:x.docx', 'message/rfc822' */
  parts: z.array(z.string()),
  /** non-fatal problems: unreadable attachment, unknown charset, ... */
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type ParsedMessage = z.infer<typeof ParsedMessageSchema>;

/**
 * A parse checked against ParsedMessageSchema, as the intake checks it before storing: the checked
 * message, or the first problems found ("agreements.0.launchYear: Expected number, received string").
 */
export function checkParsedMessage(value: unknown): { ok: true; message: ParsedMessage } | { ok: false; problems: string } {
  const checked = ParsedMessageSchema.safeParse(value);
  if (checked.success) return { ok: true, message: checked.data };
  return { ok: false, problems: checked.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(message)'}: ${i.message}`).join('; ') };
}

/** A message with nothing read from it yet: the parser's starting point and the frame for agreements read elsewhere (a reply's additions). */
export function emptyParsedMessage(): ParsedMessage {
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
    mentions: [],
    parts: [],
    warnings: [],
  };
}
