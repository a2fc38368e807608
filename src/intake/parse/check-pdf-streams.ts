import zlib from 'node:zlib';
import { LIMITS } from './limits.js';

export type PdfStreamCheck = { ok: true; streams: number; inflatedBytes: number } | { ok: false; code: 'pdf-too-large'; message: string };

export interface PdfStreamLimits {
  /** bytes one stream may inflate to */
  stream: number;
  /** bytes the streams a text reader decodes may inflate to together, a stream counted once per time it is read */
  document: number;
}

/** `stream` and its end of line (ISO 32000-1 §7.3.8.1; a lone CR is tolerated, as readers do), not `endstream` */
const STREAM_KEYWORD = /(?<!end)stream(?:\r\n|\n|\r)/g;
const OBJECT_HEADER = /(\d+)\s+\d+\s+obj\s*<</g;
/** a stream dictionary longer than this is not looked into (its stream counts as the worst case) */
const MAX_DICT_CHARS = 64 * 1024;

/**
 * Checks a PDF's compressed streams before pdf.js reads it. pdf.js inflates a FlateDecode stream into
 * ArrayBuffers outside the worker's heap limit, and a page whose /Contents array names one stream
 * many times is inflated once per name: a 100 KB file can ask for gigabytes. So every stream that
 * starts with zlib data is inflated here first, with a cap (node:zlib maxOutputLength), and counted:
 * once, or as many times as one array names it (images, which a text reader never decodes, only when
 * an array names them). Over `limits.stream` for one stream or `limits.document` in all, the PDF is
 * refused. Streams behind another filter first (ASCII85, LZW) or encrypted are not seen here; the
 * extraction worker's memory limits still hold for them.
 */
export async function checkPdfStreams(buf: Buffer, limits: PdfStreamLimits = { stream: LIMITS.MAX_PDF_STREAM_BYTES, document: LIMITS.MAX_PDF_INFLATED_BYTES }): Promise<PdfStreamCheck> {
  const text = buf.toString('latin1');
  const dictionaries = streamDictionaries(text);
  const streams: Array<{ objects: number[]; image: boolean; bytes: number }> = [];
  /** texts in which arrays of references are looked for: the file and its object streams */
  const texts = [text];
  for (const match of text.matchAll(STREAM_KEYWORD)) {
    const at = match.index;
    const data = buf.subarray(at + match[0].length);
    if (!looksLikeZlib(data)) continue;
    // zlib stops at the end of the deflate data: what follows `endstream` is not read
    const inflated = await inflatedSize(data, limits.stream);
    if (inflated.bytes > limits.stream) return tooLarge(`has a compressed stream that inflates past ${mb(limits.stream)} (a compression bomb)`);
    const dicts = dictionaries.get(at) ?? [];
    streams.push({ objects: dicts.map((d) => d.object), image: dicts.length > 0 && dicts.every((d) => /\/Subtype\s*\/Image\b/.test(d.text)), bytes: inflated.bytes });
    if (inflated.output && dicts.some((d) => /\/Type\s*\/ObjStm\b/.test(d.text))) texts.push(inflated.output.toString('latin1'));
  }
  const named = timesNamed(texts);
  let most = 1;
  for (const n of named.values()) most = Math.max(most, n);
  let total = 0;
  for (const s of streams) {
    // a keyword no object header leads to (a damaged file, one that hides its dictionary) counts the most
    const times = s.objects.length === 0 ? most : Math.max(...s.objects.map((o) => named.get(o) ?? 0));
    total += s.bytes * Math.max(times, s.image ? 0 : 1);
  }
  if (total > limits.document) return tooLarge(`asks for ${mb(total)} of decompressed content (limit ${mb(limits.document)}): a compression bomb, or far more than a contribution needs`);
  return { ok: true, streams: streams.length, inflatedBytes: total };
}

/** A zlib header (RFC 1950 §2.2): deflate, a valid check value, no preset dictionary; pdf.js asks the same. */
function looksLikeZlib(data: Buffer): boolean {
  if (data.length < 2) return false;
  const cmf = data[0]!;
  const flg = data[1]!;
  return (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0 && (flg & 0x20) === 0;
}

/**
 * Bytes `data` inflates to, counted up to `limit` (more means "over the limit"); the output is kept
 * when it fits. Damaged or cut data counts what inflated before the damage, as pdf.js reads that far.
 */
async function inflatedSize(data: Buffer, limit: number): Promise<{ bytes: number; output?: Buffer }> {
  try {
    const output = zlib.inflateSync(data, { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: limit });
    return { bytes: output.length, output };
  } catch (error) {
    if (isTooLarge(error)) return { bytes: limit + 1 };
    return { bytes: await countUntilDamage(data, limit) };
  }
}

/** The bytes inflated before an error, streamed and dropped (rare: only damaged streams get here). */
function countUntilDamage(data: Buffer, limit: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    let bytes = 0;
    const done = () => {
      inflate.destroy();
      resolve(bytes);
    };
    inflate.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limit) done();
    });
    inflate.on('end', done);
    inflate.on('error', done);
    inflate.end(data);
  });
}

function isTooLarge(error: unknown): boolean {
  return error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
}

/**
 * Each `stream` keyword's object number(s) and dictionary, by the keyword's offset, read forward from
 * every `N G obj <<` header. A header written inside another object's string may claim a keyword too:
 * all claims are kept, and the stream counts as the worst of them.
 */
function streamDictionaries(text: string): Map<number, Array<{ object: number; text: string }>> {
  const found = new Map<number, Array<{ object: number; text: string }>>();
  for (const header of text.matchAll(OBJECT_HEADER)) {
    const open = header.index + header[0].length - 2;
    const close = endOfDictionary(text, open);
    if (close < 0) continue;
    let at = close;
    while (at < text.length && ' \t\r\n\f\0'.includes(text[at]!)) at += 1;
    if (!text.startsWith('stream', at)) continue;
    const claims = found.get(at) ?? [];
    claims.push({ object: Number(header[1]), text: text.slice(open, close) });
    found.set(at, claims);
  }
  return found;
}

/** The offset after the `>>` that closes the dictionary opened at `open`, skipping strings and comments; -1 if none near. */
function endOfDictionary(text: string, open: number): number {
  let depth = 0;
  const end = Math.min(text.length, open + MAX_DICT_CHARS);
  for (let i = open; i < end; i += 1) {
    const c = text[i];
    if (c === '(') i = endOfString(text, i, end);
    else if (c === '%') while (i < end && text[i] !== '\n' && text[i] !== '\r') i += 1;
    else if (c === '<' && text[i + 1] === '<') (depth += 1), (i += 1);
    else if (c === '>' && text[i + 1] === '>') {
      depth -= 1;
      i += 1;
      if (depth === 0) return i + 1;
    } else if (c === '<') while (i < end && text[i] !== '>') i += 1; // a hex string
  }
  return -1;
}

/** The offset of the `)` closing the literal string opened at `open` (strings nest; `\` escapes). */
function endOfString(text: string, open: number, end: number): number {
  let depth = 0;
  for (let i = open; i < end; i += 1) {
    const c = text[i];
    if (c === '\\') i += 1;
    else if (c === '(') depth += 1;
    else if (c === ')' && --depth === 0) return i;
  }
  return end;
}

/** For each object number, the most times one array (a /Contents array among them) names it. */
function timesNamed(texts: readonly string[]): Map<number, number> {
  const most = new Map<number, number>();
  for (const text of texts) {
    for (const array of text.matchAll(/\[([^[\]]*)\]/g)) {
      if (!array[1]!.includes('R')) continue;
      const counts = new Map<number, number>();
      for (const ref of array[1]!.matchAll(/(\d+)\s+\d+\s+R\b/g)) counts.set(Number(ref[1]), (counts.get(Number(ref[1])) ?? 0) + 1);
      for (const [object, n] of counts) if (n > (most.get(object) ?? 0)) most.set(object, n);
    }
  }
  return most;
}

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function tooLarge(message: string): PdfStreamCheck {
  return { ok: false, code: 'pdf-too-large', message };
}
