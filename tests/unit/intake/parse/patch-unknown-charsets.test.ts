import { describe, expect, it } from 'vitest';
import { patchUnknownCharsets } from '../../../../src/intake/parse/patch-unknown-charsets.js';

describe('patchUnknownCharsets', () => {
  it('replaces an unknown charset with windows-1252 for non-UTF-8 bytes', () => {
    const raw = Buffer.from('Content-Type: text/plain; charset="x-klingon"\r\n\r\nPa\xeds', 'latin1');
    const r = patchUnknownCharsets(raw);
    expect(r.unknown).toEqual(['x-klingon']);
    expect(r.raw.toString('latin1')).toContain('charset="windows-1252"');
  });

  it('leaves known charsets untouched', () => {
    const raw = Buffer.from('Content-Type: text/plain; charset=ISO-8859-15\r\n\r\nx');
    expect(patchUnknownCharsets(raw)).toMatchObject({ raw, unknown: [] });
  });
});
