// C0 controls but tab and line feed, DEL, C1 controls; and the bidi overrides and isolates that
// make stored text display in another order than it reads ("Trojan Source", CVE-2021-42574).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Text as stored: line breaks become "\n", other control characters are dropped (the raw mail keeps them). */
export function stripControlCharacters(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** One line: for a header value (Subject, Message-ID) that must never carry a line break. */
export function toOneLine(text: string): string {
  return stripControlCharacters(text).replace(/[\n\t]+/g, ' ').trim();
}

/** stripControlCharacters over every string of a JSON-like value (a parse result, its evidence). */
export function stripControlCharactersDeep<T>(value: T): T {
  if (typeof value === 'string') return stripControlCharacters(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => stripControlCharactersDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [stripControlCharacters(k), stripControlCharactersDeep(v)])) as T;
  }
  return value;
}
