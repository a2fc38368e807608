const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/*
 * Kept apart from src/bots/slack/split-text.ts on purpose: each guards its own platform's escapes
 * (backslash escapes here, HTML entities there), and a word too long to break is cut hard here but
 * marked with an ellipsis there. Merging them would cut one platform's text by the other's rules.
 */

/**
 * Cuts text into pieces of at most `max` characters, preferring line breaks, then spaces, so a
 * long paragraph is split between words rather than inside one.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut < max / 2) cut = max;
    // never leave a dangling escape backslash or half an emoji at the end of a piece
    while (cut > 1 && rest[cut - 1] === '\\') cut--;
    if (cut > 1 && isHighSurrogate(rest.charCodeAt(cut - 1))) cut--;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[ \n]+/, '');
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** Shortens to `max` characters with an ellipsis: for titles, labels and field names. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  while (cut > 1 && text[cut - 1] === '\\') cut--;
  if (cut > 1 && isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
  return `${text.slice(0, cut)}…`;
}
