import { z } from 'zod';
import { ChartFigureSchema } from '../charts/chart-figure.js';

/**
 * The one platform-free model of everything a user sees. Renderers (terminal, Slack, Discord)
 * are pure functions of a Reply; `text` is the plain-text fallback every platform gets.
 * Inline text is plain: no markup. Renderers escape it for their platform.
 */

export const RefSchema = z.object({ id: z.string(), name: z.string() });
export type Ref = z.infer<typeof RefSchema>;

export const EvidenceSchema = z.object({
  /** the evidence's words: without quote marks when verbatim (renderers add them) */
  quote: z.string(),
  source: z.string(),
  status: z.enum(['sourced', 'unverified']),
  /** verbatim words of the source, shown as a quotation, or a note (paraphrase, remark); absent: a note */
  kind: z.enum(['verbatim', 'note']).optional(),
  /** what the evidence is for or where it sits, shown before it: "13(a)", "4.1" */
  locator: z.string().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ListItemSchema = z.object({
  title: z.string(),
  /** optional agreement or element id this item stands for */
  ref: RefSchema.optional(),
  detail: z.string().optional(),
  evidence: z.array(EvidenceSchema).optional(),
});
export type ListItem = z.infer<typeof ListItemSchema>;

/** A question the user must answer yes to before the action runs (Slack: a confirm dialog; Discord: a second click). */
export const ConfirmSchema = z.object({ title: z.string(), text: z.string(), yes: z.string(), no: z.string() });
export type Confirm = z.infer<typeof ConfirmSchema>;

export const ActionSchema = z.object({
  /** stable verb: approve, edit, reject, merge, undo-decision, unsorted-draft, unsorted-dismiss, page */
  id: z.string(),
  label: z.string(),
  /** the value carried back, e.g. a draft id; short (Discord custom ids are 100 chars) */
  value: z.string().max(80),
  style: z.enum(['primary', 'danger', 'default']).default('default'),
  confirm: ConfirmSchema.optional(),
});
export type Action = z.infer<typeof ActionSchema>;

export const BlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: z.string() }),
  z.object({ type: z.literal('paragraph'), text: z.string() }),
  z.object({ type: z.literal('list'), items: z.array(ListItemSchema), ordered: z.boolean().default(false) }),
  z.object({
    type: z.literal('fields'),
    fields: z.array(z.object({ label: z.string(), value: z.string(), note: z.string().optional() })),
  }),
  z.object({ type: z.literal('table'), columns: z.array(z.string()), rows: z.array(z.array(z.string())) }),
  z.object({
    type: z.literal('chart'),
    title: z.string(),
    kind: z.enum(['bar', 'trend']),
    /** one bar per label; for trends, `series` holds values per period */
    bars: z.array(z.object({ label: z.string(), value: z.number(), series: z.array(z.number()).optional() })),
    periods: z.array(z.string()).optional(),
    unit: z.string().optional(),
  }),
  z.object({ type: z.literal('note'), text: z.string() }),
  z.object({ type: z.literal('actions'), actions: z.array(ActionSchema) }),
  z.object({ type: z.literal('divider') }),
]);
export type Block = z.infer<typeof BlockSchema>;

export const ReplySchema = z.object({
  /** what kind of answer this is: 'agreements-for-element', 'help', 'draft-card', ... */
  intent: z.string(),
  /** plain-text rendering; always present */
  text: z.string().min(1),
  blocks: z.array(BlockSchema),
  /** the agreements the answer lists, in the answer's order */
  agreements: z.array(RefSchema),
  /** the norm elements the answer lists, in order */
  norms: z.array(RefSchema),
  /** visible only to the asker (refusals, errors) */
  ephemeral: z.boolean().default(false),
  /**
   * A picture of the answer's numbers (which stay in the text too): a chart spec that adapters
   * render to a PNG and attach (Slack file upload, Discord attachment); the terminal keeps its text bars.
   */
  figure: ChartFigureSchema.optional(),
  /** a file the adapter builds and attaches: the catalog export a moderator asked for */
  attachment: z
    .object({ kind: z.literal('catalog-export'), format: z.enum(['csv', 'json', 'xlsx']), since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() })
    .optional(),
  /** the conversation turn this answer is, when asked in a conversation: 👍/👎 buttons carry it to recordFeedback */
  turnId: z.string().optional(),
});
export type Reply = z.infer<typeof ReplySchema>;
