import { attachmentKind } from './attachment-kind.js';
import { extractDocxText, type ExtractResult } from './extract-docx-text.js';
import { extractPdfText } from './extract-pdf-text.js';
import { htmlToText } from './html-to-text.js';
import { LIMITS } from './limits.js';
import { warning } from './parse-warning.js';

export interface AttachmentInput {
  contentType: string;
  filename: string;
  content: Buffer;
}

/** Text of one non-message attachment (.docx, PDF, .txt, .html); other kinds give '' and maybe a warning. */
export async function extractAttachmentText(a: AttachmentInput): Promise<ExtractResult> {
  const kind = attachmentKind(a.contentType, a.filename);
  const name = a.filename || `(${a.contentType})`;
  if (kind === 'ignored' || kind === 'message') return { text: '', warnings: [] };
  if (kind === 'unsupported') {
    return { text: '', warnings: [warning('unsupported-attachment', `${name} is not read (only .docx, .pdf, .txt and .html are); ask for one of those`)] };
  }
  if (a.content.length > LIMITS.MAX_ATTACHMENT_BYTES) {
    return { text: '', warnings: [warning('attachment-too-large', `${name} is ${a.content.length} bytes (limit ${LIMITS.MAX_ATTACHMENT_BYTES}); skipped`)] };
  }
  if (kind === 'docx') return extractDocxText(a.content, name);
  if (kind === 'pdf') return extractPdfText(a.content, name);
  const text = decodeLoose(a.content);
  return { text: kind === 'html' ? htmlToText(text.slice(0, LIMITS.MAX_HTML_CHARS)) : text, warnings: [] };
}

/** UTF-8 when valid (with or without BOM), else windows-1252: attachments rarely say their charset. */
function decodeLoose(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('windows-1252').decode(buf);
  }
}
