import { z } from 'zod';

/**
 * Discord's hard limits on what a bot may send. A payload over any of these is refused with
 * HTTP 400 "Invalid Form Body", so the renderer checks them once, when the payload is built.
 * Sources:
 * - messages: https://discord.com/developers/docs/resources/message#create-message (content 2,000; 10 embeds)
 * - embeds:   https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 * - buttons, selects, rows: https://discord.com/developers/docs/components/reference
 * - modals:   https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
 * - commands: https://discord.com/developers/docs/interactions/application-commands#application-command-object
 *   (name and option names 1-32 characters of the pattern below, lowercase; descriptions 1-100;
 *   at most 25 options and 25 choices; string options up to 6,000; name, description and value of
 *   a command, its options and choices together at most 4,000 characters)
 * - posting pace: https://discord.com/developers/docs/topics/rate-limits (per-route buckets; a
 *   channel takes about 5 messages per 5 seconds)
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  /** sum of title, description, field names and values, footer text and author name over all embeds */
  embedTotal: 6000,
  embedDescription: 4096,
  embedTitle: 256,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  customId: 100,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  selectOptions: 25,
  selectOptionLabel: 100,
  selectOptionValue: 100,
  selectOptionDescription: 100,
  selectPlaceholder: 150,
  modalTitle: 45,
  modalTextInputs: 5,
  textInputLabel: 45,
  textInputValue: 4000,
  textInputPlaceholder: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandDescription: 100,
  commandName: 32,
  commandOptions: 25,
  optionChoices: 25,
  stringOptionLength: 6000,
  commandTotal: 4000,
  threadName: 100,
} as const;

/** How fast cards and notes go to one channel (see the rate limit source above). */
export const DISCORD_PACE = { burst: 5, perSecond: 1 } as const;

const L = DISCORD_LIMITS;

export const EmbedSchema = z
  .object({
    title: z.string().max(L.embedTitle).optional(),
    description: z.string().max(L.embedDescription).optional(),
    color: z.number().int().optional(),
    fields: z
      .array(z.object({ name: z.string().min(1).max(L.embedFieldName), value: z.string().min(1).max(L.embedFieldValue), inline: z.boolean().optional() }))
      .max(L.embedFields)
      .optional(),
    footer: z.object({ text: z.string().max(L.embedFooter) }).optional(),
  })
  .loose();

export const ButtonSchema = z
  .object({
    type: z.literal(2),
    style: z.number().int().min(1).max(4),
    label: z.string().min(1).max(L.buttonLabel),
    custom_id: z.string().min(1).max(L.customId),
    disabled: z.boolean().optional(),
  })
  .loose();

export const StringSelectSchema = z
  .object({
    type: z.literal(3),
    custom_id: z.string().min(1).max(L.customId),
    placeholder: z.string().max(L.selectPlaceholder).optional(),
    options: z
      .array(
        z.object({
          label: z.string().min(1).max(L.selectOptionLabel),
          value: z.string().min(1).max(L.selectOptionValue),
          description: z.string().max(L.selectOptionDescription).optional(),
        }),
      )
      .min(1)
      .max(L.selectOptions),
  })
  .loose();

export const ActionRowSchema = z.object({
  type: z.literal(1),
  components: z.union([z.array(ButtonSchema).min(1).max(L.buttonsPerRow), z.array(StringSelectSchema).length(1)]),
});

/** One message as the renderer hands it to discord.js. */
export const DiscordMessageSchema = z
  .object({
    content: z.string().max(L.content),
    embeds: z.array(EmbedSchema).max(L.embedsPerMessage),
    components: z.array(ActionRowSchema).max(L.actionRows),
    allowedMentions: z.object({ parse: z.array(z.never()).length(0) }),
  })
  .refine((m) => m.content.length > 0 || m.embeds.length > 0, 'a message needs content or an embed')
  .refine((m) => m.embeds.reduce((sum, e) => sum + embedLength(e), 0) <= L.embedTotal, `embeds over ${L.embedTotal} characters`);

export const ModalSchema = z.object({
  title: z.string().min(1).max(L.modalTitle),
  custom_id: z.string().min(1).max(L.customId),
  components: z
    .array(
      z.object({
        type: z.literal(1),
        components: z
          .array(
            z
              .object({
                type: z.literal(4),
                custom_id: z.string().min(1).max(L.customId),
                label: z.string().min(1).max(L.textInputLabel),
                value: z.string().max(L.textInputValue).optional(),
                max_length: z.number().int().max(L.textInputValue).optional(),
              })
              .loose(),
          )
          .length(1),
      }),
    )
    .min(1)
    .max(L.modalTextInputs),
});

/** Counted as Discord counts them (see embed limits above). */
export function embedLength(e: z.infer<typeof EmbedSchema>): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

const commandName = z
  .string()
  .regex(/^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u, 'a name of 1-32 letters, digits, - or _')
  .refine((n) => n === n.toLowerCase(), 'names are lowercase');
const description = z.string().min(1).max(L.commandDescription);
const ChoiceSchema = z.object({ name: z.string().min(1).max(L.choiceName), value: z.union([z.string().max(L.choiceValue), z.number()]) });

const LeafOptionSchema = z
  .object({
    type: z.number().int().min(3).max(11),
    name: commandName,
    description,
    required: z.boolean().optional(),
    autocomplete: z.boolean().optional(),
    choices: z.array(ChoiceSchema).max(L.optionChoices).optional(),
    min_length: z.number().int().min(0).max(L.stringOptionLength).optional(),
    max_length: z.number().int().min(1).max(L.stringOptionLength).optional(),
    min_value: z.number().optional(),
    max_value: z.number().optional(),
  })
  .loose()
  .refine((o) => !(o.autocomplete && o.choices), 'autocomplete and choices exclude each other');

/** Required options must come first (Discord refuses the command otherwise). */
const requiredFirst = (options: ReadonlyArray<{ required?: boolean | undefined }>) => options.every((o, i) => i === 0 || !o.required || options[i - 1]?.required);

const SubcommandSchema = z.object({ type: z.literal(1), name: commandName, description, options: z.array(LeafOptionSchema).max(L.commandOptions).refine(requiredFirst, 'required options first').optional() }).loose();

/** One CHAT_INPUT command as PUT to Discord, checked against the documented limits. */
export const ApplicationCommandSchema = z
  .object({
    name: commandName,
    type: z.literal(1).optional(),
    description,
    default_member_permissions: z.string().regex(/^\d+$/).nullable().optional(),
    options: z.array(z.union([SubcommandSchema, LeafOptionSchema])).max(L.commandOptions).optional(),
  })
  .loose()
  .refine((c) => commandLength(c) <= L.commandTotal, `a command's names, descriptions and values over ${L.commandTotal} characters`);

/** Counted as Discord counts them: name, description and value of the command, its options and choices. */
export function commandLength(node: { name?: string; description?: string; value?: unknown; options?: unknown[]; choices?: unknown[] }): number {
  const own = (node.name?.length ?? 0) + (node.description?.length ?? 0) + (typeof node.value === 'string' ? node.value.length : 0);
  const children = [...(node.options ?? []), ...(node.choices ?? [])] as Array<Parameters<typeof commandLength>[0]>;
  return own + children.reduce((sum, child) => sum + commandLength(child), 0);
}
