import { z } from 'zod';
import { ContributedAgreementSchema, MessageKindSchema } from '../contribution/parsed-message.js';

/** The draft fields a contributor's reply can correct (norm elements are a moderator's call). */
export const CorrectableFieldSchema = z.enum(['name', 'launchYear', 'parties', 'signatories', 'maintainer']);
export type CorrectableField = z.infer<typeof CorrectableFieldSchema>;

/** One field as the reply says it should read. */
export const FieldChangeSchema = z.object({
  field: CorrectableFieldSchema,
  /** the value as a draft holds it: a year for launchYear, a list for signatories, text otherwise */
  value: z.union([z.string().min(1), z.number().int(), z.array(z.string().min(1)).min(1)]),
  /** the contributor's words it was read from: the sentence, which may name the agreement meant */
  snippet: z.string(),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/**
 * What intake read in a reply to a contribution's thread, from the sender's own words only: text
 * quoted from earlier mail, and lines repeating our own mails, are left out before reading.
 */
export const ReplyReadingSchema = z.object({
  kind: MessageKindSchema,
  /** the reply's Subject, decoded: the answer to it repeats it */
  subject: z.string(),
  /** false when the reply only quotes (our acknowledgement, the contribution): nothing to act on */
  ownWords: z.boolean(),
  /** the first lines of the sender's own words, addresses removed: what a moderator reads first */
  excerpt: z.string(),
  /** the sender's own words, in which the names of the drafts meant are looked for */
  text: z.string(),
  /** fields said in sentences ("the year should be 2017", "please change the name to ...") */
  changes: z.array(FieldChangeSchema),
  /** agreement blocks and agreements named in a letter's sentences: a named block of a draft corrects it, a block without a name corrects the draft meant, any other is an addition */
  agreements: z.array(ContributedAgreementSchema),
  /** the sentence asking to withdraw the contribution, or null */
  withdraw: z.string().nullable(),
  /** the words asking for anonymity, or null */
  anonymous: z.string().nullable(),
});
export type ReplyReading = z.infer<typeof ReplyReadingSchema>;
