import zlib from 'node:zlib';

/** Objects numbered from 1; a string or a [dictionary, stream bytes] pair. */
export type PdfObject = string | [string, Buffer];

/**
 * A PDF with a correct cross-reference table (ISO 32000-1 §7.5), so that readers take the hostile
 * content for real instead of rejecting the file early. Object 1 is the catalog.
 */
export function buildPdf(objects: readonly PdfObject[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const body =
      typeof o === 'string'
        ? [Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1')]
        : [Buffer.from(`${i + 1} 0 obj\n${o[0].replace('@LENGTH@', String(o[1].length))}\nstream\n`, 'latin1'), o[1], Buffer.from('\nendstream\nendobj\n', 'latin1')];
    parts.push(...body);
    length += body.reduce((n, b) => n + b.length, 0);
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** One page whose content stream is `content`, deflated (FlateDecode). */
export function pdfWithContent(content: Buffer): Buffer {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    ['<< /Length @LENGTH@ /Filter /FlateDecode >>', zlib.deflateSync(content, { level: 9 })],
    FONT,
  ]);
}

/** A page tree with `count` kids that all point at one page: a reader that walks it never ends early. */
export function pdfManyKids(count: number, declared = count): Buffer {
  const kids = Array.from({ length: count }, () => '3 0 R').join(' ');
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${declared} >>`,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    ['<< /Length @LENGTH@ >>', Buffer.from('BT /F1 12 Tf 72 712 Td (Name of the agreement: Endless Accord) Tj ET')],
    FONT,
  ]);
}

/** A page tree that contains itself. */
export function pdfCyclicTree(): Buffer {
  return buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>', '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>']);
}

/** An object nested `depth` arrays deep. */
export function pdfDeepArray(depth: number): Buffer {
  return buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', `${'['.repeat(depth)}${']'.repeat(depth)}`]);
}

/** A cross-reference chain whose /Prev points back at itself. */
export function pdfXrefLoop(): Buffer {
  const pdf = pdfManyKids(1).toString('latin1');
  const start = /startxref\n(\d+)/.exec(pdf)![1]!;
  return Buffer.from(pdf.replace('/Root 1 0 R ', `/Root 1 0 R /Prev ${start} `), 'latin1');
}
