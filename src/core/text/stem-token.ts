/**
 * A light plural folding so "elections" meets "election" and "vulnerabilities" meets
 * "vulnerability". Deliberately not a full stemmer: both sides of every comparison go through it,
 * and a heavier stemmer merges words that mean different things ("election"/"elect").
 */
export function stemToken(token: string): string {
  // every rule below is about a final s: most words keep their form without further tests
  if (token.length <= 3 || !token.endsWith('s') || /\d/.test(token)) return token;
  if (token.endsWith('ies') && token.length > 4) return `${token.slice(0, -3)}y`;
  if (token.endsWith('sses')) return token.slice(0, -2);
  if (token.endsWith('ss') || token.endsWith('us') || token.endsWith('is')) return token;
  if (token.endsWith('s')) return token.slice(0, -1);
  return token;
}
