import { createRequire } from 'node:module';
import LinkifyIt from 'linkify-it';
import { redactEmails } from '../../core/moderation/redact-emails.js';

let linkify: LinkifyIt | null = null;
/**
 * The link finder, made with the first echo rather than at the bot's start-up (reading the TLD list
 * and compiling its patterns take ~15 ms), with every IANA top-level domain, so "evil.xyz/p" is
 * caught as well as "https://evil.example" (tlds is a JSON module: required, as Node 20 imports
 * JSON only with an import attribute).
 */
function linkFinder(): LinkifyIt {
  linkify ??= new LinkifyIt().tlds(createRequire(import.meta.url)('tlds') as string[], true);
  return linkify;
}

/** Echoed text is short anyway; longer input is cut before the link scan. */
const MAX_SCANNED = 2_000;

/**
 * Text from a mail as an acknowledgement may repeat it: links (with or without a scheme) and
 * e-mail addresses removed, whitespace folded, cut to `max` characters.
 */
export function echoSafely(text: string, max: number): string {
  let t = text.slice(0, MAX_SCANNED);
  const links = linkFinder().match(t) ?? [];
  for (const m of [...links].reverse()) t = `${t.slice(0, m.index)}${m.schema === 'mailto:' ? '[e-mail address removed]' : '[link removed]'}${t.slice(m.lastIndex)}`;
  t = redactEmails(t).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}
