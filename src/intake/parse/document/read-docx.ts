import { checkDocxArchive } from '../check-docx-archive.js';
import { describe, warning } from '../parse-warning.js';
import type { ReadResult } from './read-attachment.js';
import { readHtml } from './read-html.js';

/**
 * A Word .docx as blocks (in the extraction worker, which bounds its time and memory), through mammoth's HTML so tables, lists and bold labels keep their
 * structure, read by the same walker as HTML mail. The archive is checked first (zip bombs,
 * encrypted files); any failure is a warning.
 */
export async function readDocx(buf: Buffer, name: string): Promise<ReadResult> {
  const check = checkDocxArchive(buf);
  if (!check.ok) return { blocks: [], warnings: [warning(check.code, `${name} ${check.message}`)] };
  try {
    // loaded on first use: most mail has no Word attachment, and the CLI starts faster without it
    const { default: mammoth } = await import('mammoth');
    // images carry no text: an empty <img> instead of mammoth's default data URI, which reads, base64-encodes
    // and copies every picture into the HTML (most of the time and memory of a report with charts)
    const { value } = await mammoth.convertToHtml({ buffer: buf }, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
    return { blocks: readHtml(value), warnings: [] };
  } catch (error) {
    return { blocks: [], warnings: [warning('docx-unreadable', `${name} could not be read as a Word document (${describe(error)})`)] };
  }
}
