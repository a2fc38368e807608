/** Addresses in a value: "<https://x>", "[text](https://x)", bare "https://x" or "www.x.org/...". */
export function extractLinks(text: string): string[] {
  const links: string[] = [];
  const re = /\]\((https?:\/\/[^)\s]+)\)|<((?:https?:\/\/|www\.)[^>\s]+)>|((?:https?:\/\/|www\.)[^\s<>()\]"']+)/gi;
  for (const m of text.matchAll(re)) {
    const link = (m[1] ?? m[2] ?? m[3] ?? '').replace(/[.,;:!?]+$/, '');
    if (link && !links.includes(link)) links.push(link);
  }
  return links;
}

/** E-mail addresses in a value. */
export function extractEmails(text: string): string[] {
  return [...new Set(text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [])];
}

/** A value as plain text: markdown links to their text and address, no angle brackets, one line. */
export function plainValue(text: string): string {
  // each rewrite needs a character most values lack: it runs only when the value has it (values are read by the dozen per mail)
  let out = text;
  // a typographic apostrophe inside a word is the ASCII one, as people type and search it ("l’Europe", "People’s")
  if (APOSTROPHE.test(out)) out = out.replace(/(?<=\p{L})[\u2019\u02bc](?=\p{L})/gu, "'");
  if (out.includes('](')) out = out.replace(/\[([^\]]*)\]\((https?:\/\/[^)\s]+)\)/g, (_, label: string, url: string) => (label && label !== url ? `${label} (${url})` : url));
  if (out.includes('<')) out = out.replace(/<((?:https?:\/\/|www\.|mailto:)?[^<>\s]+@?[^<>\s]*)>/g, '$1');
  if (BULLET_CHAR.test(out)) out = out.replace(/^\s*[-*\u2022]\s+/gm, '');
  if (out.includes('\n')) out = out.replace(/\s*\n\s*/g, '; ');
  return out.replace(/\s+/g, ' ').trim();
}

const APOSTROPHE = /[\u2019\u02bc]/;
const BULLET_CHAR = /[-*\u2022]/;
