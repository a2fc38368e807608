import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../../../src/intake/parse/extract-pdf-text.js';
import { readLabel } from '../../../../src/intake/parse/fields/read-label.js';

/** The few pdfkit calls used here (the devDependency ships no types). */
interface PdfDoc {
  text(text: string, x?: number, y?: number, options?: object): PdfDoc;
  addPage(): PdfDoc;
  on(event: string, listener: (chunk: Buffer) => void): void;
  end(): void;
}

async function makePdf(draw: (pdf: PdfDoc) => void): Promise<Buffer> {
  const specifier: string = 'pdfkit';
  const { default: PDFDocument } = (await import(specifier)) as { default: new () => PdfDoc };
  return new Promise((resolve) => {
    const pdf = new PDFDocument();
    const chunks: Buffer[] = [];
    pdf.on('data', (c) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    draw(pdf);
    pdf.end();
  });
}

describe('extractPdfText', () => {
  it('reads a two-column layout as label<tab>value lines', async () => {
    const pdf = await makePdf((p) => {
      p.text('Name of agreement', 72, 100, { lineBreak: false });
      p.text('Christchurch Call', 300, 100, { lineBreak: false });
      p.text('Date of launch', 72, 130, { lineBreak: false });
      p.text('May 2019', 300, 130, { lineBreak: false });
    });
    const { text, warnings } = await extractPdfText(pdf, 'table.pdf');
    expect(warnings).toEqual([]);
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    expect(lines.map((l) => readLabel(l))).toMatchObject([
      { kind: 'agreement.name', value: 'Christchurch Call' },
      { kind: 'agreement.date', value: 'May 2019' },
    ]);
  });

  it('warns about bytes that are not a PDF', async () => {
    const { text, warnings } = await extractPdfText(Buffer.from('%PDF-1.4 garbage'), 'bad.pdf');
    expect([text, warnings.map((w) => w.code)]).toEqual(['', ['pdf-unreadable']]);
  });

  it('reads only the first pages of a long PDF, with a warning', async () => {
    const pdf = await makePdf((p) => {
      for (let i = 0; i < 45; i += 1) (i > 0 ? p.addPage() : p).text(`page ${i + 1}`);
    });
    const { text, warnings } = await extractPdfText(pdf, 'long.pdf');
    expect(warnings.map((w) => w.code)).toEqual(['pdf-truncated']);
    expect(text).toContain('page 40');
    expect(text).not.toContain('page 41');
  });
});
