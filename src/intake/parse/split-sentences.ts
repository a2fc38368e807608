/** Sentences and list items of a value, each trimmed, for pointing at where a suggestion came from. */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+|\s*;\s+|(?<=[.!?])\s+(?=[A-Z\u00c0-\u00dd(\u00bf\u00a1"])/)
    .map((s) => s.replace(/^\s*[-*\u2022]\s*/, '').trim())
    .filter((s) => s.length > 2);
}
