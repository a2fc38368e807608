import zlib from 'node:zlib';
import { LIMITS } from './limits.js';

export type DocxArchiveCheck =
  | { ok: true; entries: number; uncompressedBytes: number }
  | { ok: false; code: 'docx-encrypted' | 'docx-unreadable' | 'docx-too-large'; message: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** An OLE compound file: what Word writes for a password-protected .docx (and old .doc). */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Checks a .docx before mammoth unzips it: reads the zip central directory, refuses archives whose
 * declared sizes exceed MAX_DOCX_UNCOMPRESSED_BYTES, then inflates each entry with a hard output cap,
 * because a zip bomb can lie in its directory (APPNOTE.TXT 4.3.12 sizes are not verified by unzippers),
 * and refuses XML parts nested deeper than MAX_DOCX_XML_DEPTH.
 */
export function checkDocxArchive(buf: Buffer, maxBytes: number = LIMITS.MAX_DOCX_UNCOMPRESSED_BYTES): DocxArchiveCheck {
  if (buf.subarray(0, 8).equals(OLE_MAGIC)) {
    return { ok: false, code: 'docx-encrypted', message: 'is a password-protected Word file (or an old .doc); ask for an unprotected copy' };
  }
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return bad('has no zip directory: not a Word .docx, or damaged');
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) return tooLarge('is a ZIP64 archive, which no real .docx needs');
  if (count > LIMITS.MAX_DOCX_ENTRIES) return tooLarge(`has ${count} entries (limit ${LIMITS.MAX_DOCX_ENTRIES})`);
  let declared = 0;
  let actual = 0;
  let hasDocument = false;
  let at = cdOffset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) return bad('has a damaged zip directory');
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    if (name === 'word/document.xml') hasDocument = true;
    declared += size;
    if (declared > maxBytes) return tooLarge(`declares ${declared} bytes uncompressed (limit ${maxBytes})`);
    const local = buf.readUInt32LE(at + 42);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) return bad('has a damaged zip entry');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + compressed);
    let content: Buffer;
    if (method === 0) content = data;
    else if (method === 8) {
      try {
        content = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes - actual) });
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          return tooLarge(`inflates past ${maxBytes} bytes (a zip bomb)`);
        }
        return bad(`has an entry that does not inflate (${name})`);
      }
    } else return bad(`uses zip compression method ${method}, which Word does not`);
    actual += content.length;
    if (actual > maxBytes) return tooLarge(`inflates past ${maxBytes} bytes (a zip bomb)`);
    // the XML reader behind mammoth builds a node per element and walks them recursively
    if (name.endsWith('.xml') && elementDepth(content) > LIMITS.MAX_DOCX_XML_DEPTH) {
      return tooLarge(`nests XML elements deeper than ${LIMITS.MAX_DOCX_XML_DEPTH} in ${name}; Word documents need a few dozen`);
    }
    at = next;
  }
  if (!hasDocument) return bad('is a zip archive without word/document.xml: not a Word .docx');
  return { ok: true, entries: count, uncompressedBytes: actual };
}

/**
 * The deepest element nesting in an XML document, counted in one pass over its tags (comments, CDATA,
 * declarations and processing instructions do not nest, nor what they contain; `<a/>` opens and closes).
 */
export function elementDepth(xml: Buffer): number {
  let depth = 0;
  let most = 0;
  for (let at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', at + 1)) {
    const next = xml[at + 1];
    const end = next !== 0x21 ? '>' : opens(xml, at, '<!--') ? '-->' : opens(xml, at, '<![CDATA[') ? ']]>' : '>';
    const close = xml.indexOf(end, at + 1);
    if (close < 0) break;
    if (next === 0x2f) depth -= 1; // </
    else if (next !== 0x21 && next !== 0x3f && xml[close - 1] !== 0x2f) most = Math.max(most, (depth += 1)); // not <! <? or <a/>
    at = close;
  }
  return most;
}

const opens = (xml: Buffer, at: number, text: string) => xml.toString('latin1', at, at + text.length) === text;

function findEndOfCentralDirectory(buf: Buffer): number {
  // the record is 22 bytes plus a comment of at most 65,535 bytes, at the very end
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i -= 1) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

function bad(message: string): DocxArchiveCheck {
  return { ok: false, code: 'docx-unreadable', message };
}
function tooLarge(message: string): DocxArchiveCheck {
  return { ok: false, code: 'docx-too-large', message };
}
