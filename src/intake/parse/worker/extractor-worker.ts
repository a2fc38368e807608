import { parentPort } from 'node:worker_threads';
import { readDocx } from '../document/read-docx.js';
import { readHtml } from '../document/read-html.js';
import { readPdf } from '../document/read-pdf.js';
import type { ReadResult } from '../document/read-attachment.js';
import { describe } from '../parse-warning.js';
import type { ExtractorJob, ExtractorReply } from './create-extractor-pool.js';

/** The extraction worker (createExtractorPool): reads the documents it is sent, one at a time. */
async function read(job: ExtractorJob): Promise<ReadResult> {
  if (job.kind === 'html') return { blocks: readHtml(job.html), warnings: [] };
  const buf = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  return job.kind === 'docx' ? readDocx(buf, job.name) : readPdf(buf, job.name);
}

parentPort!.on('message', ({ id, job }: { id: number; job: ExtractorJob }) => {
  read(job).then(
    (result) => parentPort!.postMessage({ id, result } satisfies ExtractorReply),
    (error: unknown) => parentPort!.postMessage({ id, error: describe(error) } satisfies ExtractorReply),
  );
});
parentPort!.postMessage('ready' satisfies ExtractorReply);
