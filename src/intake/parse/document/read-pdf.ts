import { checkPdfStreams } from '../check-pdf-streams.js';
import { LIMITS } from '../limits.js';
import { describe, warning, type ParseWarning } from '../parse-warning.js';
import { groupPdfLines, type PdfTextItem } from './group-pdf-lines.js';
import type { ReadResult } from './read-attachment.js';

/**
 * A PDF as blocks, page by page up to MAX_PDF_PAGES (in the extraction worker, which bounds its time
 * and memory); its compressed streams are checked first (compression bombs); encrypted, broken or
 * refused PDFs become warnings.
 */
export async function readPdf(buf: Buffer, name: string): Promise<ReadResult> {
  const warnings: ParseWarning[] = [];
  const check = await checkPdfStreams(buf);
  if (!check.ok) return { blocks: [], warnings: [warning(check.code, `${name} ${check.message}; not read (ask for a smaller PDF or the text in the mail)`)] };
  try {
    const pages = await readPages(buf, name, warnings);
    return { blocks: groupPdfLines(pages), warnings };
  } catch (error) {
    if ((error as { name?: string }).name === 'PasswordException') {
      return { blocks: [], warnings: [warning('pdf-encrypted', `${name} is password-protected; ask for an unprotected copy`)] };
    }
    return { blocks: [], warnings: [warning('pdf-unreadable', `${name} could not be read as a PDF (${describe(error)})`)] };
  }
}

async function readPages(buf: Buffer, name: string, warnings: ParseWarning[]): Promise<PdfTextItem[][]> {
  // pdf.js refuses a Node Buffer (TEST-RIG.md §6); it also takes ownership of the bytes, hence the copy
  const { getDocumentProxy } = await import('unpdf'); // pdf.js is large: loaded on first PDF only
  const pdf = await getDocumentProxy(new Uint8Array(buf), { isEvalSupported: false, verbosity: 0 });
  try {
    const pages = Math.min(pdf.numPages, LIMITS.MAX_PDF_PAGES);
    if (pdf.numPages > pages) warnings.push(warning('pdf-truncated', `${name} has ${pdf.numPages} pages; read the first ${pages}`));
    const out: PdfTextItem[][] = [];
    for (let i = 1; i <= pages; i += 1) {
      const content = await (await pdf.getPage(i)).getTextContent();
      out.push(content.items.filter((item) => 'str' in item));
    }
    return out;
  } finally {
    await pdf.destroy();
  }
}
