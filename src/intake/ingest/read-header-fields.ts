/** One header field as written: the name lower-cased, the value unfolded (RFC 5322 §2.2.3), not decoded. */
export interface HeaderField {
  name: string;
  value: string;
}

/** At most this much of a message is read for its header (a header block is a few KB). */
const MAX_HEADER_BYTES = 256 * 1024;
/** and at most this many fields, so a message made of headers cannot make the list huge */
const MAX_FIELDS = 2_000;

/** The header block (up to the first empty line) and the body of a raw message. */
export function splitHeaderBlock(raw: Buffer): { header: Buffer; body: Buffer } {
  const head = raw.subarray(0, MAX_HEADER_BYTES);
  const crlf = head.indexOf('\r\n\r\n');
  const lf = head.indexOf('\n\n');
  if (crlf < 0 && lf < 0) return { header: head, body: raw.length > MAX_HEADER_BYTES ? raw.subarray(MAX_HEADER_BYTES) : Buffer.alloc(0) };
  const [at, len] = lf < 0 || (crlf >= 0 && crlf < lf) ? [crlf, 4] : [lf, 2];
  return { header: raw.subarray(0, at), body: raw.subarray(at + len) };
}

/** Header text: UTF-8 where it is valid (RFC 6532), else Latin-1, so every byte reads as some character. */
function decodeHeader(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/** Every header field of a raw message, in order, repeated fields included. */
export function readHeaderFields(raw: Buffer): HeaderField[] {
  const fields: HeaderField[] = [];
  for (const line of decodeHeader(splitHeaderBlock(raw).header).split(/\r?\n(?![ \t])/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    fields.push({ name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).replace(/\r?\n[ \t]/g, ' ').trim() });
    if (fields.length >= MAX_FIELDS) break;
  }
  return fields;
}
