import { simpleParser, type ParsedMail } from 'mailparser';
import { attachmentKind } from './attachment-kind.js';
import type { DocumentBlock, DocumentPart } from './document/document-block.js';
import { markQuotedText } from './document/mark-quoted-text.js';
import { readAttachment, type ReadResult } from './document/read-attachment.js';
import { readHtml } from './document/read-html.js';
import { readTextPart, textTruncated } from './document/read-plain-text.js';
import { LIMITS } from './limits.js';
import { patchUnknownCharsets } from './patch-unknown-charsets.js';
import { describe, warning, type ParseWarning } from './parse-warning.js';
import { extractionFailed, type ExtractorJob, type ExtractorPool } from './worker/create-extractor-pool.js';
import { sharedExtractorPool } from './worker/shared-extractor-pool.js';

type Extract = (job: ExtractorJob) => Promise<ReadResult>;

export interface ExtractedMail {
  /** the outer message as mailparser read it; null when MIME could not be read at all */
  mail: ParsedMail | null;
  /** every readable body and attachment, forwarded messages' included, as blocks */
  parts: DocumentPart[];
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

/**
 * Every part a contributor writes in: body (HTML preferred to its plain twin), documents, forwards.
 * .docx, PDF and HTML over INLINE_HTML_CHARS are read in the extraction worker, within
 * MAX_DOCUMENT_MS each and MAX_MESSAGE_EXTRACTION_MS of the worker's time for the message; rejects
 * with ExtractorStoppedError when the pool stops.
 */
export async function extractText(raw: Buffer, pool: ExtractorPool = sharedExtractorPool): Promise<ExtractedMail> {
  const parts: DocumentPart[] = [];
  const warnings: ParseWarning[] = [];
  let left = LIMITS.MAX_MESSAGE_EXTRACTION_MS;
  const extract: Extract = async (job) => {
    if (job.kind === 'html' && job.html.length <= LIMITS.INLINE_HTML_CHARS) return readHere(job);
    const result = await pool.run(job, Math.min(LIMITS.MAX_DOCUMENT_MS, Math.floor(left)));
    left -= result.ms;
    return result;
  };
  const mail = await readMessage(raw, '', 0, { parts, warnings, extract });
  return { mail, parts, warnings };
}

/** A small HTML document read in this thread, as the worker would read it. */
function readHere(job: ExtractorJob & { kind: 'html' }): ReadResult {
  try {
    return { blocks: readHtml(job.html), warnings: [] };
  } catch (error) {
    return extractionFailed(job, describe(error));
  }
}

interface Reading {
  parts: DocumentPart[];
  warnings: ParseWarning[];
  extract: Extract;
}

/** One message (the outer one or a forwarded one): its parts are appended to `out.parts`. */
async function readMessage(raw: Buffer, prefix: string, depth: number, out: Reading): Promise<ParsedMail | null> {
  const { parts, warnings } = out;
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
  let htmlBlocks: DocumentBlock[] = [];
  if (html.trim() !== '') {
    const read = await out.extract({ kind: 'html', name: `${prefix}the HTML body`, html });
    warnings.push(...read.warnings);
    htmlBlocks = read.blocks;
  }
  const plain = mail.text ?? '';
  // multipart/alternative: the HTML twin keeps tables; the plain one wins only when it says more
  if (htmlBlocks.length > 0 && textLength(htmlBlocks) >= plain.trim().length * 0.5) addPart(parts, `${prefix}text/html`, from, capBlocks(htmlBlocks, prefix, warnings));
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
      await readMessage(a.content, `${prefix}message/rfc822 > `, depth + 1, out);
      continue;
    }
    const result = await readAttachment({ contentType: a.contentType, filename, content: a.content }, out.extract);
    warnings.push(...result.warnings.map(prefixed(prefix)));
    addPart(parts, `${prefix}attachment:${filename || a.contentType}`, from, capBlocks(result.blocks, prefix, warnings));
  }
  if (parts.length === before && depth === 0 && attachments.length === 0) warnings.push(warning('empty-message', 'the message has no text'));
  return mail;
}

function addPart(parts: DocumentPart[], source: string, from: DocumentPart['from'], blocks: DocumentBlock[]): void {
  if (blocks.length > 0) parts.push({ source, from, blocks: markQuotedText(blocks) });
}

/** A forwarded message's warnings say so ("message/rfc822 > …"). */
function prefixed(prefix: string): (w: ParseWarning) => ParseWarning {
  return (w) => ({ ...w, message: prefix + w.message });
}

function readText(text: string, prefix: string, warnings: ParseWarning[]): DocumentBlock[] {
  const read = readTextPart(text);
  warnings.push(...read.warnings.map(prefixed(prefix)));
  return read.blocks;
}

/** At most MAX_TEXT_CHARS of a document's text: the blocks after the limit are dropped, the one at it cut. */
function capBlocks(blocks: DocumentBlock[], prefix: string, warnings: ParseWarning[]): DocumentBlock[] {
  const total = textLength(blocks);
  if (total <= LIMITS.MAX_TEXT_CHARS) return blocks;
  warnings.push(prefixed(prefix)(textTruncated(total)));
  const kept: DocumentBlock[] = [];
  let room = LIMITS.MAX_TEXT_CHARS;
  for (const b of blocks) {
    const size = textLength([b]);
    if (size <= room) {
      kept.push(b);
      room -= size;
      continue;
    }
    if (b.kind === 'paragraph' || b.kind === 'list-item' || b.kind === 'heading') kept.push({ ...b, lines: b.lines.join('\n').slice(0, room).split('\n') });
    break;
  }
  return kept;
}

function textLength(blocks: DocumentBlock[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.kind === 'table') for (const row of b.rows) for (const cell of row) n += cell.lines.join('\n').length;
    else if (b.kind !== 'separator') n += b.lines.join('\n').length;
  }
  return n;
}
