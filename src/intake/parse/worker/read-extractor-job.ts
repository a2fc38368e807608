import type { ReadResult } from '../document/read-attachment.js';
import { readDocx } from '../document/read-docx.js';
import { readHtml } from '../document/read-html.js';
import { readPdf } from '../document/read-pdf.js';
import type { ExtractorJob } from './create-extractor-pool.js';

/** What the extraction worker does with one job (also run in-thread by the benchmark, for comparison). */
export async function readExtractorJob(job: ExtractorJob): Promise<ReadResult> {
  if (job.kind === 'html') return { blocks: readHtml(job.html), warnings: [] };
  const buf = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  return job.kind === 'docx' ? readDocx(buf, job.name) : readPdf(buf, job.name);
}
