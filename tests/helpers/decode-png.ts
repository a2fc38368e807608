import zlib from 'node:zlib';

/**
 * Decodes a PNG far enough to trust it: signature, chunk CRCs, the IHDR size, and image data that
 * inflates to exactly one filtered row per line. Returns the pixel size and the RGBA/RGB rows.
 */
export function decodePng(png: Buffer): { width: number; height: number; channels: number; rows: Buffer } {
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG signature');
  let offset = 8;
  let header: { width: number; height: number; channels: number } | null = null;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString('latin1');
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (zlib.crc32(png.subarray(offset + 4, offset + 8 + length)) !== png.readUInt32BE(offset + 8 + length)) throw new Error(`bad CRC in ${type}`);
    if (type === 'IHDR') {
      const colorType = body[9];
      if (body[8] !== 8) throw new Error('expected 8 bits per channel');
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), channels: colorType === 6 ? 4 : colorType === 2 ? 3 : 0 };
      if (header.channels === 0) throw new Error(`unexpected colour type ${colorType}`);
    }
    if (type === 'IDAT') data.push(body);
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!header) throw new Error('no IHDR chunk');
  const rows = zlib.inflateSync(Buffer.concat(data));
  if (rows.length !== header.height * (1 + header.width * header.channels)) throw new Error(`image data is ${rows.length} bytes, expected ${header.height} rows of ${header.width} pixels`);
  return { ...header, rows };
}
