/**
 * Word-wraps plain text to `width` columns, keeping existing line breaks; `indent` prefixes every
 * line. A word longer than a line is cut rather than overflowing.
 */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const room = Math.max(10, width - indent.length);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/).filter((w) => w.length > 0)) {
      let rest = word;
      while (rest.length > room) {
        if (line) lines.push(line);
        lines.push(rest.slice(0, room));
        rest = rest.slice(room);
        line = '';
      }
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
