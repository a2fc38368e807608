/** One result of an Authentication-Results field: "dkim=pass header.d=example.org". */
export interface AuthResult {
  /** lower-cased: spf, dkim, dmarc, ... */
  method: string;
  /** lower-cased: pass, fail, none, neutral, temperror, ... */
  result: string;
  reason: string | null;
  /** "ptype.property" lower-cased -> value: { 'smtp.mailfrom': 'a@example.org', 'header.d': 'example.org' } */
  props: Record<string, string>;
}

export interface AuthenticationResults {
  authservId: string;
  results: AuthResult[];
}

/** A field longer than this is not a server's stamp: refused rather than scanned. */
const MAX_FIELD_CHARS = 16 * 1024;
const KEYWORD = /[A-Za-z0-9_-]/;

class Syntax extends Error {}

/**
 * Parses the value of one Authentication-Results field (RFC 8601 §2.2): authserv-id, optional
 * version, then "none" or results with their reason and properties, comments (nested) and folding
 * anywhere CFWS may stand. Property values are read up to the next space, ";" or comment, as
 * servers write DKIM's header.b unquoted with "/" and "=". Returns null when the field does not
 * follow the grammar: a caller must then not believe it.
 */
export function parseAuthenticationResults(value: string): AuthenticationResults | null {
  if (value.length > MAX_FIELD_CHARS) return null;
  const s = value;
  let i = 0;
  const end = () => i >= s.length;
  const peek = () => s[i] ?? '';

  function skipCfws(): void {
    for (;;) {
      while (!end() && /\s/.test(peek())) i++;
      if (peek() !== '(') return;
      let depth = 0;
      do {
        const c = s[i++];
        if (c === undefined) throw new Syntax('unclosed comment');
        if (c === '\\') i++;
        else if (c === '(') depth++;
        else if (c === ')') depth--;
      } while (depth > 0);
    }
  }
  function quoted(): string {
    let out = '';
    i++; // opening quote
    for (;;) {
      const c = s[i++];
      if (c === undefined) throw new Syntax('unclosed quoted string');
      if (c === '"') return out;
      out += c === '\\' ? (s[i++] ?? '') : c;
    }
  }
  /** a value (token, quoted-string, or local-part@domain): up to a space, ";" or comment */
  function readValue(): string {
    let out = '';
    while (!end() && !/[\s;(]/.test(peek())) out += peek() === '"' ? quoted() : s[i++];
    return out;
  }
  function keyword(what: string, extra = ''): string {
    const start = i;
    while (!end() && (KEYWORD.test(peek()) || extra.includes(peek()))) i++;
    if (i === start) throw new Syntax(`${what} expected at ${i}`);
    return s.slice(start, i).toLowerCase();
  }
  function expect(c: string): void {
    skipCfws();
    if (peek() !== c) throw new Syntax(`"${c}" expected at ${i}`);
    i++;
    skipCfws();
  }

  try {
    skipCfws();
    const authservId = readValue();
    if (authservId === '') return null;
    skipCfws();
    if (/\d/.test(peek())) keyword('version'); // authres-version
    const results: AuthResult[] = [];
    for (;;) {
      skipCfws();
      if (end()) break;
      expect(';');
      if (end()) break; // a trailing ";" is tolerated
      const method = keyword('method');
      skipCfws();
      if (peek() === '/') {
        expect('/');
        keyword('method version');
        skipCfws();
      }
      if (method === 'none' && (end() || peek() === ';')) continue; // no-result
      expect('=');
      const result: AuthResult = { method, result: keyword('result'), reason: null, props: {} };
      for (;;) {
        skipCfws();
        if (end() || peek() === ';') break;
        const key = keyword('property', '.');
        expect('=');
        const v = readValue();
        if (key === 'reason') result.reason = v;
        else if (key.includes('.')) result.props[key] = v;
        else throw new Syntax(`"${key}" is neither reason nor ptype.property`);
      }
      results.push(result);
    }
    return { authservId, results };
  } catch (error) {
    if (error instanceof Syntax) return null;
    throw error;
  }
}
