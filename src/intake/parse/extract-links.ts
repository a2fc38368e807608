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
  return text
    // a typographic apostrophe inside a word is the ASCII one, as people type and search it ("l’Europe", "People’s")
    .replace(/(?<=\p{L})[\u2019\u02bc](?=\p{L})/gu, "'")
    .replace(/\[([^\]]*)\]\((https?:\/\/[^)\s]+)\)/g, (_, label: string, url: string) => (label && label !== url ? `${label} (${url})` : url))
    .replace(/<((?:https?:\/\/|www\.|mailto:)?[^<>\s]+@?[^<>\s]*)>/g, '$1')
    .replace(/^\s*[-*\u2022]\s+/gm, '')
    .replace(/\s*\n\s*/g, '; ')
    .replace(/\s+/g, ' ')
    .trim();
}
