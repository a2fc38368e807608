/**
 * Word-wraps plain text to `width` columns, keeping existing line breaks; `indent` prefixes every
 * line. A word longer than a line (a URL, mostly) gets a line of its own and is not cut, so
 * terminals can still open it.
 */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const room = Math.max(10, width - indent.length);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/).filter((w) => w.length > 0)) {
      const rest = word;
      if (!line) line = rest;
      else if (line.length + 1 + rest.length <= room) line += ` ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines.map((l) => (l ? indent + l : l));
}
