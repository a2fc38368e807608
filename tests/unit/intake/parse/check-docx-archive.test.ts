import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { checkDocxArchive, elementDepth } from '../../../../src/intake/parse/check-docx-archive.js';
import { LIMITS } from '../../../../src/intake/parse/limits.js';

/** A one-entry deflated zip whose directory may lie about the size. */
function zipOf(name: string, data: Buffer, declared = data.length): Buffer {
  const body = zlib.deflateRawSync(data);
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(30 + n.length + body.length, 16);
  return Buffer.concat([local, n, body, central, n, end]);
}

describe('checkDocxArchive', () => {
  it('accepts a real Word document', async () => {
    const buf = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('hello')] }] }));
    expect(checkDocxArchive(Buffer.from(buf))).toMatchObject({ ok: true });
  });

  it('refuses an archive that declares more than the limit', () => {
    expect(checkDocxArchive(zipOf('word/document.xml', Buffer.alloc(2000, 32)), 1000)).toMatchObject({ ok: false, code: 'docx-too-large' });
  });

  it('refuses a bomb whose directory lies about its size', () => {
    const r = checkDocxArchive(zipOf('word/document.xml', Buffer.alloc(5000, 32), 10), 1000);
    expect(r).toMatchObject({ ok: false, code: 'docx-too-large' });
  });

  it('refuses a document whose XML nests deeper than the limit, and accepts one at the limit', () => {
    const nested = (depth: number) => Buffer.from(`<?xml version="1.0"?><w:document><w:body>${'<w:p>'.repeat(depth - 2)}${'</w:p>'.repeat(depth - 2)}</w:body></w:document>`);
    const deep = checkDocxArchive(zipOf('word/document.xml', nested(LIMITS.MAX_DOCX_XML_DEPTH + 1)));
    expect(deep).toMatchObject({ ok: false, code: 'docx-too-large' });
    expect(deep.ok ? '' : deep.message).toBe(`nests XML elements deeper than ${LIMITS.MAX_DOCX_XML_DEPTH} in word/document.xml; Word documents need a few dozen`);
    expect(checkDocxArchive(zipOf('word/document.xml', nested(LIMITS.MAX_DOCX_XML_DEPTH)))).toMatchObject({ ok: true });
  });

  it('recognises a password-protected Word file', () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(100)]);
    expect(checkDocxArchive(ole)).toMatchObject({ ok: false, code: 'docx-encrypted' });
  });

  it('refuses a zip without word/document.xml', () => {
    expect(checkDocxArchive(zipOf('hello.txt', Buffer.from('hi')))).toMatchObject({ ok: false, code: 'docx-unreadable' });
  });

  it('refuses bytes that are not a zip', () => {
    expect(checkDocxArchive(Buffer.from('PK not really'))).toMatchObject({ ok: false, code: 'docx-unreadable' });
  });
});

describe('elementDepth', () => {
  it('counts open elements; empty elements, comments, declarations and text do not nest', () => {
    expect(elementDepth(Buffer.from('<?xml version="1.0"?><!-- <x><y> --><a><b/><c d="1"><e>t</e></c></a><f/>'))).toBe(3);
    expect(elementDepth(Buffer.from('plain text'))).toBe(0);
  });
});
