import { attachmentKind } from '../attachment-kind.js';
import { LIMITS } from '../limits.js';
import { warning, type ParseWarning } from '../parse-warning.js';
import type { ExtractorJob } from '../worker/create-extractor-pool.js';
import type { DocumentBlock } from './document-block.js';
import { readTextPart } from './read-plain-text.js';

export interface AttachmentInput {
  contentType: string;
  filename: string;
  content: Buffer;
}

/** What a reader made of one document: its blocks, and what went wrong on the way. */
export interface ReadResult {
  blocks: DocumentBlock[];
  warnings: ParseWarning[];
}

/**
 * Blocks of one non-message attachment (.docx, PDF, .txt, .html); other kinds give none and maybe a
 * warning. Documents go to `extract` (the extraction worker); plain text is read here.
 */
export async function readAttachment(a: AttachmentInput, extract: (job: ExtractorJob) => Promise<ReadResult>): Promise<ReadResult> {
  const kind = attachmentKind(a.contentType, a.filename);
  const name = a.filename || `(${a.contentType})`;
  if (kind === 'ignored' || kind === 'message') return { blocks: [], warnings: [] };
  if (kind === 'unsupported') {
    return { blocks: [], warnings: [warning('unsupported-attachment', `${name} is not read (only .docx, .pdf, .txt and .html are); ask for one of those`)] };
  }
  if (a.content.length > LIMITS.MAX_ATTACHMENT_BYTES) {
    return { blocks: [], warnings: [warning('attachment-too-large', `${name} is ${a.content.length} bytes (limit ${LIMITS.MAX_ATTACHMENT_BYTES}); skipped`)] };
  }
  if (kind === 'docx' || kind === 'pdf') return extract({ kind, name, bytes: a.content });
  const text = decodeLoose(a.content);
  if (kind === 'html') return extract({ kind, name, html: text.slice(0, LIMITS.MAX_HTML_CHARS) });
  return readTextPart(text);
}

/** UTF-8 when valid (with or without BOM), else windows-1252: attachments rarely say their charset. */
function decodeLoose(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('windows-1252').decode(buf);
  }
}
