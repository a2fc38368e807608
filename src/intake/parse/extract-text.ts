import { simpleParser, type ParsedMail } from 'mailparser';
import { attachmentKind } from './attachment-kind.js';
import type { DocumentBlock, DocumentPart } from './document/document-block.js';
import { markQuotedText } from './document/mark-quoted-text.js';
import { readPlainText } from './document/read-plain-text.js';
import { renderBlocksAsText } from './document/render-blocks-as-text.js';
import { describe } from './extract-docx-text.js';
import { extractAttachmentText } from './extract-attachment-text.js';
import { htmlToText } from './html-to-text.js';
import { LIMITS } from './limits.js';
import { patchUnknownCharsets } from './patch-unknown-charsets.js';
import { warning, type ParseWarning } from './parse-warning.js';
import { isForwardSubject, stripQuotedReply } from './strip-quoted-reply.js';

/** Text read from one part of a mail, with where it came from. */
export interface TextSegment {
  source: string;
  text: string;
  /** From: of the (possibly forwarded) message the part belongs to */
  from: { name: string; address: string } | null;
}

export interface ExtractedMail {
  /** the outer message as mailparser read it; null when MIME could not be read at all */
  mail: ParsedMail | null;
  /** every readable body and attachment, forwarded messages' included, as blocks */
  parts: DocumentPart[];
  /**
   * Transitional text view of `parts` for the text questionnaire reader: per part, the sender's own
   * blocks (stripQuotedReply) rendered as text (renderBlocksAsText). Goes once extraction reads blocks.
   */
  segments: TextSegment[];
  warnings: ParseWarning[];
}

const PARSER_OPTIONS = {
  ignoreEmbedded: true, // forwarded messages are recursed into here, with a depth limit
  skipHtmlToText: true,
  skipTextToHtml: true,
  skipImageLinks: true,
  skipTextLinks: true,
  checksumAlgo: false,
  maxHtmlLengthToParse: LIMITS.MAX_HTML_CHARS,
} as const;

/** Every part a contributor writes in: body (HTML preferred to its plain twin), documents, forwards. */
export async function extractText(raw: Buffer): Promise<ExtractedMail> {
  const parts: DocumentPart[] = [];
  const warnings: ParseWarning[] = [];
  const mail = await readMessage(raw, '', 0, parts, warnings);
  const forward = isForwardSubject(mail?.subject ?? '');
  const segments = parts.map((p) => ({
    source: p.source,
    from: p.from,
    text: renderBlocksAsText(stripQuotedReply(p.blocks, forward || p.source.includes('message/rfc822'))),
  }));
  return { mail, parts, segments, warnings };
}

/** One message (the outer one or a forwarded one): its parts are appended to `parts`. */
async function readMessage(raw: Buffer, prefix: string, depth: number, parts: DocumentPart[], warnings: ParseWarning[]): Promise<ParsedMail | null> {
  if (raw.length > LIMITS.MAX_RAW_BYTES) {
    warnings.push(warning('message-too-large', `message is ${raw.length} bytes; read the first ${LIMITS.MAX_RAW_BYTES}`));
    raw = raw.subarray(0, LIMITS.MAX_RAW_BYTES);
  }
  const patched = patchUnknownCharsets(raw);
  for (const label of patched.unknown) {
    warnings.push(warning('unknown-charset', `${prefix}charset "${label}" is unknown; read as ${patched.guess}, some characters may be wrong`));
  }
  let mail: ParsedMail;
  try {
    mail = await simpleParser(patched.raw, PARSER_OPTIONS);
  } catch (error) {
    warnings.push(warning('mime-unreadable', `${prefix}MIME structure could not be read (${describe(error)}); used the raw text`));
    addPart(parts, `${prefix}raw`, null, readText(raw.toString('utf8'), prefix, warnings));
    return null;
  }
  const from = mail.from?.value[0] ? { name: mail.from.value[0].name ?? '', address: mail.from.value[0].address ?? '' } : null;
  const before = parts.length;
  let html = typeof mail.html === 'string' ? mail.html : '';
  if (html.length > LIMITS.MAX_HTML_CHARS) {
    warnings.push(warning('html-truncated', `${prefix}HTML body has ${html.length} characters; read the first ${LIMITS.MAX_HTML_CHARS}`));
    html = html.slice(0, LIMITS.MAX_HTML_CHARS);
  }
  const htmlBlocks = html.trim() ? readText(htmlToText(html), prefix, warnings) : [];
  const plain = mail.text ?? '';
  // multipart/alternative: the HTML twin keeps tables; the plain one wins only when it says more
  if (htmlBlocks.length > 0 && textLength(htmlBlocks) >= plain.trim().length * 0.5) addPart(parts, `${prefix}text/html`, from, htmlBlocks);
  else if (plain.trim() !== '') addPart(parts, `${prefix}text/plain`, from, readText(plain, prefix, warnings));

  const attachments = mail.attachments.filter((a) => attachmentKind(a.contentType, a.filename ?? '') !== 'ignored');
  if (attachments.length > LIMITS.MAX_ATTACHMENTS) {
    warnings.push(warning('too-many-attachments', `${prefix}${attachments.length} attachments; read the first ${LIMITS.MAX_ATTACHMENTS}`));
  }
  for (const a of attachments.slice(0, LIMITS.MAX_ATTACHMENTS)) {
    const filename = a.filename ?? '';
    if (attachmentKind(a.contentType, filename) === 'message') {
      if (depth + 1 > LIMITS.MAX_RFC822_DEPTH) {
        warnings.push(warning('rfc822-too-deep', `${prefix}forwarded message nested deeper than ${LIMITS.MAX_RFC822_DEPTH}; skipped`));
        continue;
      }
      await readMessage(a.content, `${prefix}message/rfc822 > `, depth + 1, parts, warnings);
      continue;
    }
    const result = await extractAttachmentText({ contentType: a.contentType, filename, content: a.content });
    warnings.push(...result.warnings.map((w) => ({ ...w, message: prefix + w.message })));
    addPart(parts, `${prefix}attachment:${filename || a.contentType}`, from, readText(result.text, prefix, warnings));
  }
  if (parts.length === before && depth === 0 && attachments.length === 0) warnings.push(warning('empty-message', 'the message has no text'));
  return mail;
}

function addPart(parts: DocumentPart[], source: string, from: DocumentPart['from'], blocks: DocumentBlock[]): void {
  if (blocks.length > 0) parts.push({ source, from, blocks: markQuotedText(blocks) });
}

function readText(text: string, prefix: string, warnings: ParseWarning[]): DocumentBlock[] {
  if (text.length > LIMITS.MAX_TEXT_CHARS) {
    warnings.push(warning('text-truncated', `${prefix}a part has ${text.length} characters; read the first ${LIMITS.MAX_TEXT_CHARS}`));
    text = text.slice(0, LIMITS.MAX_TEXT_CHARS);
  }
  return readPlainText(text);
}

function textLength(blocks: DocumentBlock[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.kind === 'table') for (const row of b.rows) for (const cell of row) n += cell.lines.join('\n').length;
    else if (b.kind !== 'separator') n += b.lines.join('\n').length;
  }
  return n;
}
