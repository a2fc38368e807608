import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { checkPdfStreams } from '../../../../src/intake/parse/check-pdf-streams.js';
import { makePdfBomb } from '../../../helpers/make-pdf-bomb.js';
import { buildPdf } from '../../../hostile/build-pdf.js';

const MB = 1024 * 1024;

/** The few pdfkit calls used here (the devDependency ships no types). */
interface PdfDoc {
  registerFont(name: string, file: string): PdfDoc;
  font(name: string): PdfDoc;
  text(text: string): PdfDoc;
  image(png: Buffer, options: object): PdfDoc;
  on(event: string, listener: (chunk: Buffer) => void): void;
  end(): void;
}

/** A letter as a word processor writes one: an embedded font, text, and a 1,200 × 800 picture (2.9 MB once inflated). */
async function realLetter(): Promise<Buffer> {
  const specifier: string = 'pdfkit';
  const { default: PDFDocument } = (await import(specifier)) as { default: new () => PdfDoc };
  const picture = Buffer.from(
    new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="#fff"/><circle cx="600" cy="400" r="300" fill="#369"/></svg>').render().asPng(),
  );
  return new Promise((resolve) => {
    const pdf = new PDFDocument();
    const chunks: Buffer[] = [];
    pdf.on('data', (c) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.registerFont('body', 'assets/fonts/DejaVuSans.ttf').font('body');
    pdf.text('Name of agreement: Paris Call for Trust and Security in Cyberspace');
    pdf.image(picture, { width: 300 });
    pdf.text('Date of launch: 2018');
    pdf.end();
  });
}

/** One page whose /Contents is `contents`, object 4 being a FlateDecode stream of `bytes` spaces with `dict` added. */
function pdfWithStream(bytes: number, contents: string, dict = ''): Buffer {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${contents} >>`,
    [`<< /Length @LENGTH@ /Filter /FlateDecode ${dict}>>`, zlib.deflateSync(Buffer.alloc(bytes, ' '))],
  ]);
}

describe('checkPdfStreams', () => {
  it('accepts a real letter with an embedded font and a picture, the picture not counted as text to decode', async () => {
    const check = await checkPdfStreams(await realLetter(), { stream: 8 * MB, document: 1 * MB });
    expect(check).toMatchObject({ ok: true });
    // the font and the page's text, a few KB; the picture alone would be over the 1 MB limit
    expect(check.ok && check.inflatedBytes).toBeLessThan(200_000);
  });

  it('refuses a stream that inflates past the limit for one stream', async () => {
    const check = await checkPdfStreams(pdfWithStream(3 * MB, '4 0 R'), { stream: 2 * MB, document: 100 * MB });
    expect(check).toEqual({ ok: false, code: 'pdf-too-large', message: 'has a compressed stream that inflates past 2 MB (a compression bomb)' });
  });

  it('counts a stream once per time a /Contents array names it, as a reader inflates it again each time', async () => {
    const limits = { stream: 2 * MB, document: 10 * MB };
    const bomb = makePdfBomb({ unit: 'BT (A) Tj ET\n', repeat: 80_000, copies: 50 }); // 1 MB, named 50 times
    expect(await checkPdfStreams(bomb, limits)).toMatchObject({ ok: false, code: 'pdf-too-large', message: expect.stringMatching(/^asks for 50 MB of decompressed content \(limit 10 MB\)/) });
    expect(await checkPdfStreams(makePdfBomb({ unit: 'BT (A) Tj ET\n', repeat: 80_000, copies: 5 }), limits)).toEqual({ ok: true, streams: 1, inflatedBytes: 5 * 1_040_000 });
  });

  it('counts a stream marked as an image when an array names it, as it is then read as page content', async () => {
    const limits = { stream: 2 * MB, document: 1.5 * MB };
    expect(await checkPdfStreams(pdfWithStream(1 * MB, '[4 0 R 4 0 R]', '/Subtype /Image /Width 1024 /Height 1024 /BitsPerComponent 8 /ColorSpace /DeviceGray '), limits)).toMatchObject({
      ok: false,
      code: 'pdf-too-large',
    });
  });

  it('counts a stream as its own object when its dictionary hides another object header in a string', async () => {
    const limits = { stream: 2 * MB, document: 10 * MB };
    const contents = `[${Array.from({ length: 20 }, () => '4 0 R').join(' ')}]`;
    expect(await checkPdfStreams(pdfWithStream(1 * MB, contents, '/Note (9 0 obj <<) '), limits)).toMatchObject({ ok: false, code: 'pdf-too-large' });
  });

  it('passes a PDF whose streams are not compressed', async () => {
    const plain = buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', ['<< /Length @LENGTH@ >>', Buffer.from('BT (hello) Tj ET')]]);
    expect(await checkPdfStreams(plain)).toEqual({ ok: true, streams: 0, inflatedBytes: 0 });
  });
});
