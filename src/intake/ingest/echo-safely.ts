import { createRequire } from 'node:module';
import LinkifyIt from 'linkify-it';
import { redactEmails } from '../../core/moderation/redact-emails.js';

// every IANA top-level domain, so "evil.xyz/p" is caught as well as "https://evil.example"
// (tlds is a JSON module: required, as Node 20 imports JSON only with an import attribute)
const tlds = createRequire(import.meta.url)('tlds') as string[];
const linkify = new LinkifyIt().tlds(tlds, true);

/** Echoed text is short anyway; longer input is cut before the link scan. */
const MAX_SCANNED = 2_000;

/**
 * Text from a mail as an acknowledgement may repeat it: links (with or without a scheme) and
 * e-mail addresses removed, whitespace folded, cut to `max` characters.
 */
export function echoSafely(text: string, max: number): string {
  let t = text.slice(0, MAX_SCANNED);
  const links = linkify.match(t) ?? [];
  for (const m of [...links].reverse()) t = `${t.slice(0, m.index)}${m.schema === 'mailto:' ? '[e-mail address removed]' : '[link removed]'}${t.slice(m.lastIndex)}`;
  t = redactEmails(t).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}
