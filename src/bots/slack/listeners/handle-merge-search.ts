import { z } from 'zod';
import { mergeOptions } from '../modals/build-merge-picker.js';
import type { SlackOption } from '../render/slack-block-schema.js';
import type { SlackBotContext } from '../slack-bot-context.js';

const SuggestionSchema = z.object({ user: z.object({ id: z.string() }), value: z.string().default('') });

/**
 * The Merge modal's options handler (block_suggestion): the whole catalog searched by what the
 * moderator typed, ranked by name match. Members get nothing: only moderators open that modal.
 */
export async function handleMergeSearch(ctx: SlackBotContext, body: unknown): Promise<SlackOption[]> {
  const parsed = SuggestionSchema.safeParse(body);
  if (!parsed.success || !(await ctx.isModerator(parsed.data.user.id))) return [];
  return mergeOptions(parsed.data.value, await ctx.loadCatalog());
}
