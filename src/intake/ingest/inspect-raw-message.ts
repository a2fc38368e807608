import { createHash } from 'node:crypto';
import { MAX_MESSAGE_BYTES } from './intake-limits.js';
import { readHeaderFields, splitHeaderBlock } from './read-header-fields.js';

export interface IntakeProblem {
  code: 'EMPTY_MESSAGE' | 'MESSAGE_TOO_LARGE' | 'MALFORMED_MIME';
  message: string;
}

export interface RawFacts {
  sha256: string;
  /** hash of the body only: the same mail delivered twice differs in its Received: headers, not here */
  contentSha256: string;
  messageId: string | null;
  problem: IntakeProblem | null;
}

const HEADER_LINE = /^[\x21-\x39\x3B-\x7E]+[ \t]*:/;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function findProblem(raw: Buffer, headers: Map<string, string>, headerText: string, body: Buffer, maxBytes: number): IntakeProblem | null {
  if (raw.length > maxBytes) return { code: 'MESSAGE_TOO_LARGE', message: `message is ${raw.length} bytes, over MAX_MESSAGE_BYTES (${maxBytes}); ask the sender for a smaller mail or a link` };
  if (raw.toString('latin1').trim().length === 0) return { code: 'EMPTY_MESSAGE', message: 'message is empty (no headers, no body)' };
  if (!HEADER_LINE.test(headerText)) return { code: 'MALFORMED_MIME', message: 'message does not start with mail headers ("Name: value" lines)' };
  const contentType = headers.get('content-type') ?? '';
  if (/^\s*multipart\//i.test(contentType)) {
    const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
    const b = boundary?.[1] ?? boundary?.[2];
    if (!b) return { code: 'MALFORMED_MIME', message: 'multipart message without a boundary parameter in Content-Type' };
    if (!body.includes(`--${b}`)) return { code: 'MALFORMED_MIME', message: `multipart boundary "${b.slice(0, 70)}" never appears in the body` };
  }
  if (body.toString('latin1').trim().length === 0) return { code: 'EMPTY_MESSAGE', message: 'message has headers but an empty body' };
  return null;
}

/**
 * Hashes, Message-ID and the first fatal problem of a raw message, without a full MIME parse.
 * Only what leaves nothing to read is fatal; damage the parser can read around (an unknown
 * charset, a broken attachment) becomes a warning stored with the contribution.
 */
export function inspectRawMessage(raw: Buffer, maxBytes: number = MAX_MESSAGE_BYTES): RawFacts {
  const { header, body } = splitHeaderBlock(raw);
  const headers = new Map<string, string>();
  for (const f of readHeaderFields(raw)) if (!headers.has(f.name)) headers.set(f.name, f.value);
  const messageId = headers.get('message-id')?.slice(0, 998) || null;
  return { sha256: sha(raw), contentSha256: sha(body), messageId, problem: findProblem(raw, headers, header.toString('latin1'), body, maxBytes) };
}
