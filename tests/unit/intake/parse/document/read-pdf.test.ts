import { describe, expect, it, vi } from 'vitest';
import type { DocumentBlock } from '../../../../../src/intake/parse/document/document-block.js';
import { readPdf } from '../../../../../src/intake/parse/document/read-pdf.js';
import { LIMITS } from '../../../../../src/intake/parse/limits.js';
import { makePdfBomb } from '../../../../helpers/make-pdf-bomb.js';

/** pdf.js as is, its documents opened counted */
const opened = vi.hoisted(() => ({ count: 0 }));
vi.mock('unpdf', async (importOriginal) => {
  const unpdf = await importOriginal<typeof import('unpdf')>();
  return { ...unpdf, getDocumentProxy: (...args: Parameters<typeof unpdf.getDocumentProxy>) => ((opened.count += 1), unpdf.getDocumentProxy(...args)) };
});

/** The few pdfkit calls used here (the devDependency ships no types). */
interface PdfDoc {
  text(text: string, xOrOptions?: number | object, y?: number, options?: object): PdfDoc;
  fontSize(size: number): PdfDoc;
  moveDown(lines?: number): PdfDoc;
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

/** each block's kind, attributes and text (the lines of a block joined: where pdfkit wraps is its business) */
const seen = (blocks: DocumentBlock[]) =>
  blocks.map((b) => {
    if (b.kind === 'table') return ['table', b.rows.map((r) => r.map((c) => c.lines.join('/')))];
    if (b.kind === 'list-item') return ['list-item', b.depth, b.number, b.lines.join(' ')];
    if (b.kind === 'heading') return ['heading', b.level, b.lines.join(' ')];
    return [b.kind, 'lines' in b ? b.lines.join(' ') : ''];
  });

describe('readPdf', () => {
  it('reads a two-column layout as a table of label and value cells, a wrapped value staying in its cell', async () => {
    const pdf = await makePdf((p) => {
      p.text('Name of agreement', 72, 100, { lineBreak: false });
      p.text('Christchurch Call to Eliminate Terrorist and', 300, 100, { lineBreak: false });
      p.text('Violent Extremist Content Online', 300, 114, { lineBreak: false });
      p.text('Date of launch', 72, 130, { lineBreak: false });
      p.text('May 2019', 300, 130, { lineBreak: false });
    });
    const { blocks, warnings } = await readPdf(pdf, 'table.pdf');
    expect(warnings).toEqual([]);
    expect(seen(blocks)).toEqual([
      ['table', [['Name of agreement', 'Christchurch Call to Eliminate Terrorist and/Violent Extremist Content Online'], ['Date of launch', 'May 2019']]],
    ]);
  });

  it('groups lines into a heading, paragraphs and numbered items by size, spacing and numbering', async () => {
    const pdf = await makePdf((p) => {
      p.fontSize(18).text('Contribution of the Baltic Network Operators', 72, 72);
      p.fontSize(11).moveDown();
      p.text('We write on behalf of our members to describe two agreements that our group follows closely and that the forum may want to study.', { width: 300 });
      p.moveDown();
      p.text('1. Name of agreement: Mutually Agreed Norms for Routing Security, a global initiative of network operators', { width: 300 });
      p.text('2. Date of launch: 6 November 2014', { width: 300 });
      p.moveDown();
      p.text('Kind regards,');
      p.text('Tomasz Nowak');
    });
    const { blocks } = await readPdf(pdf, 'letter.pdf');
    expect(seen(blocks)).toEqual([
      ['heading', 1, 'Contribution of the Baltic Network Operators'],
      ['paragraph', 'We write on behalf of our members to describe two agreements that our group follows closely and that the forum may want to study.'],
      ['list-item', 0, '1', 'Name of agreement: Mutually Agreed Norms for Routing Security, a global initiative of network operators'],
      ['list-item', 0, '2', 'Date of launch: 6 November 2014'],
      ['paragraph', 'Kind regards, Tomasz Nowak'],
    ]);
    expect(blocks[1]).toMatchObject({ kind: 'paragraph', lines: { length: 3 } });
  });

  it('refuses a compression bomb before pdf.js opens it, with a warning', async () => {
    const before = opened.count;
    // one 0.5 MB stream named by the page 200 times: 100 MB for a reader, in a 2 KB file
    const bomb = makePdfBomb({ unit: 'BT (A) Tj ET\n', repeat: 40_000, copies: 200 });
    const { blocks, warnings } = await readPdf(bomb, 'bomb.pdf');
    expect([blocks, warnings]).toEqual([
      [],
      [{ code: 'pdf-too-large', message: `bomb.pdf asks for 99 MB of decompressed content (limit ${LIMITS.MAX_PDF_INFLATED_BYTES / 1024 / 1024} MB): a compression bomb, or far more than a contribution needs; not read (ask for a smaller PDF or the text in the mail)` }],
    ]);
    expect(opened.count).toBe(before);
  });

  it('opens a normal PDF in pdf.js once its streams are checked', async () => {
    const before = opened.count;
    const { blocks } = await readPdf(await makePdf((p) => p.text('Name of agreement: Paris Call')), 'small.pdf');
    expect([seen(blocks), opened.count - before]).toEqual([[['paragraph', 'Name of agreement: Paris Call']], 1]);
  });

  it('warns about bytes that are not a PDF', async () => {
    const { blocks, warnings } = await readPdf(Buffer.from('%PDF-1.4 garbage'), 'bad.pdf');
    expect([blocks, warnings.map((w) => w.code)]).toEqual([[], ['pdf-unreadable']]);
  });

  it('reads only the first pages of a long PDF, with a warning', async () => {
    const pdf = await makePdf((p) => {
      for (let i = 0; i < 45; i += 1) (i > 0 ? p.addPage() : p).text(`page ${i + 1}`);
    });
    const { blocks, warnings } = await readPdf(pdf, 'long.pdf');
    expect(warnings.map((w) => w.code)).toEqual(['pdf-truncated']);
    const text = blocks.flatMap((b) => ('lines' in b ? b.lines : []));
    expect(text).toHaveLength(40);
    expect(text.at(-1)).toBe('page 40');
  });
});
