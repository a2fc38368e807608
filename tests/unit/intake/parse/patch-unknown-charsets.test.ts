import { describe, expect, it } from 'vitest';
import { patchUnknownCharsets } from '../../../../src/intake/parse/patch-unknown-charsets.js';

describe('patchUnknownCharsets', () => {
  it('replaces an unknown charset with windows-1252 for non-UTF-8 bytes', () => {
    const raw = Buffer.from('Content-Type: text/plain; charset="x-klingon"\r\n\r\nPa\xeds', 'latin1');
    const r = patchUnknownCharsets(raw);
    expect(r.unknown).toEqual(['x-klingon']);
    expect(r.raw.toString('latin1')).toContain('charset="windows-1252"');
  });

  it('finds an unknown charset however its parameter is written, in any part, and only in Content-Type fields', () => {
    const raw = Buffer.from(
      'Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nwrite charset=x-vulcan in the body\r\n' +
        '--b\r\nContent-Type: text/plain;\r\n\tCharSet = "x-klingon"\r\n\r\nPa\xeds\r\n--b--\r\n',
      'latin1',
    );
    const r = patchUnknownCharsets(raw);
    expect(r.unknown).toEqual(['x-klingon']);
    expect(r.raw.toString('latin1')).toContain('CharSet = "windows-1252"');
    expect(r.raw.toString('latin1')).toContain('write charset=x-vulcan in the body');
  });

  it('answers the same for a label asked again (labels are remembered)', () => {
    const raw = Buffer.from('Content-Type: text/plain; charset="X-Klingon"\r\n\r\nx', 'latin1');
    const known = Buffer.from('Content-Type: text/plain; charset=Windows-1250\r\n\r\nx', 'latin1');
    for (let i = 0; i < 2; i++) {
      expect(patchUnknownCharsets(raw).unknown).toEqual(['X-Klingon']);
      expect(patchUnknownCharsets(known)).toMatchObject({ raw: known, unknown: [], guess: null });
    }
  });

  it('leaves known charsets untouched', () => {
    const raw = Buffer.from('Content-Type: text/plain; charset=ISO-8859-15\r\n\r\nx');
    expect(patchUnknownCharsets(raw)).toMatchObject({ raw, unknown: [] });
  });
});
