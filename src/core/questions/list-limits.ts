/**
 * Longest lists an answer shows. The catalog has 38 agreements, so today every list is whole; with
 * thousands (contributions, the 10,000-agreement benchmark) an answer lists the first ones and says
 * how to narrow the question, instead of a wall of text no chat client renders.
 */
export const MAX_LISTED_AGREEMENTS = 50;
export const MAX_NAMED_INLINE = 20;

/** "a; b; c and 12 more"; `total` when the caller passed only the first names of a longer list. */
export function joinCapped(names: readonly string[], max = MAX_NAMED_INLINE, total = names.length): string {
  return total <= max ? names.join('; ') : `${names.slice(0, max).join('; ')} and ${total - max} more`;
}
