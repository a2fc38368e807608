const cache = new Map<string, string>();

/**
 * Lower case without accents, one output character per input UTF-16 unit, so a match found in the
 * folded text has the same indices in the original ("Organización" -> "organizacion").
 */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    let folded = cache.get(ch);
    if (folded === undefined) {
      const base = /[\u2018\u2019\u02bc\u00b4`]/.test(ch) ? "'" : (ch.normalize('NFKD')[0] ?? ch).toLowerCase();
      folded = base.length === 1 ? base : ch;
      cache.set(ch, folded);
    }
    out += folded;
  }
  return out;
}
