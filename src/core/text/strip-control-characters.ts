// C0 controls but tab and line feed, DEL, C1 controls; and the bidi overrides and isolates that
// make stored text display in another order than it reads ("Trojan Source", CVE-2021-42574).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Whether a text has something stripControlCharacters changes: most parsed text has none. */
const TO_STRIP = /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Text as stored: line breaks become "\n", other control characters are dropped (the raw mail keeps them). */
export function stripControlCharacters(text: string): string {
  return TO_STRIP.test(text) ? text.replace(/\r\n?/g, '\n').replace(CONTROL, '') : text;
}

/** One line: for a header value (Subject, Message-ID) that must never carry a line break. */
export function toOneLine(text: string): string {
  return stripControlCharacters(text).replace(/[\n\t]+/g, ' ').trim();
}

/**
 * stripControlCharacters over every string of a JSON-like value (a parse result, its evidence).
 * Copy on write: an array or object none of whose strings changes is returned as it is, so a
 * clean parse result (the usual one) is walked, not rebuilt.
 */
export function stripControlCharactersDeep<T>(value: T): T {
  if (typeof value === 'string') return stripControlCharacters(value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const stripped = stripControlCharactersDeep(value[i] as unknown);
      if (stripped !== value[i]) (copy ??= [...value])[i] = stripped;
    }
    return (copy ?? value) as T;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    const stripped = entries.map(([k, v]) => [stripControlCharacters(k), stripControlCharactersDeep(v)] as const);
    return stripped.every(([k, v], i) => k === entries[i]![0] && v === entries[i]![1]) ? value : (Object.fromEntries(stripped) as T);
  }
  return value;
}
