const cache = new Map<string, string>();

/**
 * Lower case without accents, one output character per input UTF-16 unit, so a match found in the
 * folded text has the same indices in the original ("Organización" -> "organizacion").
 */
export function foldText(text: string): string {
  // runs of ASCII (most of a line, every line of most mail) fold in native code: only their capitals change
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) < 0x80) continue;
    out += text.slice(from, i).toLowerCase() + foldChar(text[i]!);
    from = i + 1;
  }
  return from === 0 ? text.toLowerCase() : out + text.slice(from).toLowerCase();
}

/** One character past ASCII, folded (a surrogate half stays itself). */
function foldChar(ch: string): string {
  let folded = cache.get(ch);
  if (folded === undefined) {
    const base = /[\u2018\u2019\u02bc\u00b4`]/.test(ch) ? "'" : (ch.normalize('NFKD')[0] ?? ch).toLowerCase();
    folded = base.length === 1 ? base : ch;
    cache.set(ch, folded);
  }
  return folded;
}
