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
    // never leave a dangling escape backslash at the end of a piece
    while (cut > 1 && rest[cut - 1] === '\\') cut--;
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
  return `${text.slice(0, cut)}…`;
}
