/**
 * Makes contributor and catalog text inert in Discord markdown: formatting characters are
 * backslash-escaped (Discord's parser treats `\` + punctuation as the literal character), and
 * `@everyone`/`@here` get a zero-width space so they do not even look like mentions. Pinging is
 * prevented separately by `allowedMentions: { parse: [] }` on every message; this is the visual half.
 * URLs are left as they are so they stay clickable.
 */
export function escapeDiscordText(text: string): string {
  return text
    .split(/(https?:\/\/[^\s<>]+)/g)
    .map((part, i) => (i % 2 === 1 ? part : escapePlain(part)))
    .join('');
}

function escapePlain(text: string): string {
  return text
    .replace(/[\\*_~`|<>[\]#]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+])(\s)/gm, '$1\\$2$3')
    // "\1" would show the backslash (only punctuation is escapable), so the dot is escaped
    .replace(/^(\s*)(\d+)\.(\s)/gm, '$1$2\\.$3')
    .replace(/@(everyone|here)/gi, '@\u200b$1');
}
