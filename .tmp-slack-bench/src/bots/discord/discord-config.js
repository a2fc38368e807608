import { z } from 'zod';
const snowflake = z.string().regex(/^\d{17,20}$/, 'a Discord id (17-20 digits; enable Developer Mode and "Copy ID")');
/** The Discord part of the environment. */
export const DiscordConfigSchema = z.object({
    DISCORD_TOKEN: z.string().min(20, 'the bot token from the Developer Portal, Bot tab'),
    DISCORD_APPLICATION_ID: snowflake,
    /** the role whose members may moderate drafts */
    DISCORD_MODERATOR_ROLE_ID: snowflake.optional(),
    /** where draft cards are posted */
    DISCORD_MODERATION_CHANNEL_ID: snowflake.optional(),
    /** default guild for `discord:register` */
    DISCORD_GUILD_ID: snowflake.optional(),
    /** REST base URL; only for tests and proxies */
    DISCORD_API_URL: z.url().optional(),
});
/** Reads the Discord variables; a readable message naming each bad variable on failure. */
export function parseDiscordConfig(env) {
    const parsed = DiscordConfigSchema.safeParse(env);
    if (parsed.success)
        return { ok: true, config: parsed.data };
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    return { ok: false, message: `invalid Discord settings; set them in the environment: ${problems.join('; ')}` };
}
//# sourceMappingURL=discord-config.js.map