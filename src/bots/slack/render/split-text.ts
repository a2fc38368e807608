import { truncateText } from './truncate-text.js';

// Not shared with Discord on purpose: see the note in src/bots/discord/split-text.ts.

/**
 * Splits text into chunks of at most `max` characters, preferring line breaks, then spaces, so a
 * long paragraph becomes several sections instead of one Slack rejects. Never splits inside an
 * escaped entity (entities contain no whitespace; a chunk without any falls back to truncation).
 */
export function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) {
      const head = truncateText(rest, max);
      const taken = head.length - 1;
      chunks.push(head);
      rest = rest.slice(taken);
      continue;
    }
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut + 1).trimStart();
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks.filter((c) => c.trim().length > 0);
}
