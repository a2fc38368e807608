import { checkDocxArchive } from './check-docx-archive.js';
import { htmlToText } from './html-to-text.js';
import { LIMITS } from './limits.js';
import { warning, type ParseWarning } from './parse-warning.js';
import { DocumentTimeoutError, withTimeout } from './with-timeout.js';

export type ExtractResult = { text: string; warnings: ParseWarning[] };

/**
 * Text of a Word .docx, through mammoth's HTML so tables and bold labels keep their structure.
 * The archive is checked first (zip bombs, encrypted files); any failure is a warning.
 */
export async function extractDocxText(buf: Buffer, name: string): Promise<ExtractResult> {
  const check = checkDocxArchive(buf);
  if (!check.ok) return { text: '', warnings: [warning(check.code, `${name} ${check.message}`)] };
  try {
    // loaded on first use: most mail has no Word attachment, and the CLI starts faster without it
    const { default: mammoth } = await import('mammoth');
    const { value } = await withTimeout(mammoth.convertToHtml({ buffer: buf }), LIMITS.MAX_DOCUMENT_MS);
    return { text: htmlToText(value), warnings: [] };
  } catch (error) {
    if (error instanceof DocumentTimeoutError) return { text: '', warnings: [warning('document-timeout', `${name} ${error.message}; skipped`)] };
    return { text: '', warnings: [warning('docx-unreadable', `${name} could not be read as a Word document (${describe(error)})`)] };
  }
}

export function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 160);
}
