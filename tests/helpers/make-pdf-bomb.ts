import zlib from 'node:zlib';

/**
 * A small PDF whose page content inflates to `copies` × `unit.length` × `repeat` bytes: one
 * FlateDecode stream (`unit` repeated `repeat` times, deflated) that the page's /Contents array names
 * `copies` times, so a reader inflates it again for each. Written byte by byte with a correct xref.
 * `hex`: the deflated data written in hexadecimal behind an ASCIIHexDecode filter, which a check of
 * zlib streams does not see through.
 */
export function makePdfBomb(options: { unit: string; repeat: number; copies: number; pages?: number; hex?: boolean }): Buffer {
  const pages = options.pages ?? 1;
  const deflated = zlib.deflateSync(Buffer.from(options.unit.repeat(options.repeat)), { level: 9 });
  const data = options.hex ? Buffer.from(`${deflated.toString('hex')}>`) : deflated;
  const filter = options.hex ? '[/ASCIIHexDecode /FlateDecode]' : '/FlateDecode';
  const contents = `[${Array.from({ length: options.copies }, () => '4 0 R').join(' ')}]`;
  const kids = Array.from({ length: pages }, (_, i) => `${5 + i} 0 R`).join(' ');
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
    Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter ${filter} >>\nstream\n`), data, Buffer.from('\nendstream')]),
    ...Array.from({ length: pages }, () => Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contents} >>`)),
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let at = chunks[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(at);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    chunks.push(chunk);
    at += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  return Buffer.concat(chunks);
}

/** A contribution in its text body, with `pdf` attached as `name`. */
export function mailWithPdf(name: string, pdf: Buffer): Buffer {
  return Buffer.from(
    [
      'From: Ana Ruiz <ana@example.org>',
      'Subject: contribution',
      `Message-ID: <${name}@example.org>`,
      'Content-Type: multipart/mixed; boundary=b',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Name of agreement: Christchurch Call',
      'Date of launch: 2019',
      '--b',
      `Content-Type: application/pdf; name="${name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      pdf.toString('base64').replace(/.{76}/g, '$&\r\n'),
      '--b--',
      '',
    ].join('\r\n'),
  );
}
