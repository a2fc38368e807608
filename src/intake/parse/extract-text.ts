import { simpleParser, type ParsedMail } from 'mailparser';
import { attachmentKind } from './attachment-kind.js';
import { describe } from './extract-docx-text.js';
import { extractAttachmentText } from './extract-attachment-text.js';
import { htmlToText } from './html-to-text.js';
import { LIMITS } from './limits.js';
import { patchUnknownCharsets } from './patch-unknown-charsets.js';
import { warning, type ParseWarning } from './parse-warning.js';

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
export async function extractText(raw: Buffer, prefix = '', depth = 0): Promise<ExtractedMail> {
  const warnings: ParseWarning[] = [];
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
    return { mail: null, segments: [{ source: `${prefix}raw`, text: cap(raw.toString('utf8'), warnings, prefix), from: null }], warnings };
  }
  const from = mail.from?.value[0] ? { name: mail.from.value[0].name ?? '', address: mail.from.value[0].address ?? '' } : null;
  const segments: TextSegment[] = [];
  let html = typeof mail.html === 'string' ? mail.html : '';
  if (html.length > LIMITS.MAX_HTML_CHARS) {
    warnings.push(warning('html-truncated', `${prefix}HTML body has ${html.length} characters; read the first ${LIMITS.MAX_HTML_CHARS}`));
    html = html.slice(0, LIMITS.MAX_HTML_CHARS);
  }
  html = html ? htmlToText(html) : '';
  const plain = mail.text ?? '';
  // multipart/alternative: the HTML twin keeps tables; the plain one wins only when it says more
  if (html.trim() !== '' && html.length >= plain.trim().length * 0.5) segments.push({ source: `${prefix}text/html`, text: cap(html, warnings, prefix), from });
  else if (plain.trim() !== '') segments.push({ source: `${prefix}text/plain`, text: cap(plain, warnings, prefix), from });

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
      const inner = await extractText(a.content, `${prefix}message/rfc822 > `, depth + 1);
      segments.push(...inner.segments);
      warnings.push(...inner.warnings);
      continue;
    }
    const result = await extractAttachmentText({ contentType: a.contentType, filename, content: a.content });
    warnings.push(...result.warnings.map((w) => ({ ...w, message: prefix + w.message })));
    if (result.text.trim() !== '') segments.push({ source: `${prefix}attachment:${filename || a.contentType}`, text: cap(result.text, warnings, prefix), from });
  }
  if (segments.length === 0 && depth === 0 && attachments.length === 0) warnings.push(warning('empty-message', 'the message has no text'));
  return { mail, segments, warnings };
}

function cap(text: string, warnings: ParseWarning[], prefix: string): string {
  if (text.length <= LIMITS.MAX_TEXT_CHARS) return text;
  warnings.push(warning('text-truncated', `${prefix}a part has ${text.length} characters; read the first ${LIMITS.MAX_TEXT_CHARS}`));
  return text.slice(0, LIMITS.MAX_TEXT_CHARS);
}
