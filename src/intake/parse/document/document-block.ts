import { z } from 'zod';

/**
 * The one document model every body and attachment is read into (plain text, format=flowed,
 * HTML, .docx through mammoth's HTML, PDF lines grouped into paragraphs). Field extraction reads
 * blocks only, so the layout a contributor's mail program chose does not matter.
 *
 * Markup, numbering and bullets are attributes, never part of `lines`: "**1. Name of agreement:**"
 * becomes `{ number: '1', strongLead: 'Name of agreement:', lines: ['Name of agreement: ...'] }`.
 */

/** How deep in quoted reply text a block sits: 0 is the sender's own words. */
const quoteDepth = z.number().int().min(0);

/** Text of one block as lines: hard line breaks of the source (`<br>`, a newline in non-flowed text). */
const lines = z.array(z.string());

/** "1", "2.3", "a", "iv": the list or heading number the source showed, without its punctuation. */
const number = z.string().nullable();

/** The bold (or otherwise emphasised) words a block begins with, e.g. a label; null when none. */
const strongLead = z.string().nullable();

/** Bold words later in a block than its strongLead, in reading order: "Name **Bart Hogeveen**" gives ['Bart Hogeveen']. */
const strongWords = z.array(z.string()).optional();

/**
 * Set on a paragraph that introduces someone else's text: an attribution ("On … wrote:"), the header
 * of a quoted original ("-----Original Message-----", "From: … Sent: …") or of a forwarded message
 * ("---------- Forwarded message ---------"). The text it introduces sits one quote level deeper.
 */
const intro = z.enum(['reply', 'forward']).optional();

export const TableCellSchema = z.object({ lines, strongLead, header: z.boolean() });
export type TableCell = z.infer<typeof TableCellSchema>;

export const DocumentBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), level: z.number().int().min(1).max(6), number, lines, quoteDepth }),
  z.object({ kind: z.literal('paragraph'), number, strongLead, strongWords, lines, quoteDepth, intro }),
  z.object({
    kind: z.literal('list-item'),
    /** nesting: 0 for a top-level item */
    depth: z.number().int().min(0),
    marker: z.enum(['bullet', 'number']),
    number,
    strongLead,
    strongWords,
    lines,
    quoteDepth,
  }),
  z.object({ kind: z.literal('table'), rows: z.array(z.array(TableCellSchema)), quoteDepth }),
  /** a horizontal rule, or a line of dashes, underscores, asterisks or equals signs */
  z.object({ kind: z.literal('separator'), quoteDepth }),
]);
export type DocumentBlock = z.infer<typeof DocumentBlockSchema>;

/** One readable part of a mail (a body, an attachment, a forwarded message's body) as blocks. */
export const DocumentPartSchema = z.object({
  /** 'text/plain', 'text/html', 'attachment:form.docx', 'message/rfc822 > text/plain' */
  source: z.string(),
  /** From: of the (possibly forwarded) message the part belongs to */
  from: z.object({ name: z.string(), address: z.string() }).nullable(),
  blocks: z.array(DocumentBlockSchema),
});
export type DocumentPart = z.infer<typeof DocumentPartSchema>;
