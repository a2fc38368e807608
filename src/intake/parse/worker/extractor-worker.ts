import { parentPort } from 'node:worker_threads';
import { describe } from '../parse-warning.js';
import type { ExtractorJob, ExtractorReply } from './create-extractor-pool.js';
import { readExtractorJob } from './read-extractor-job.js';

// The extraction worker (createExtractorPool): reads the documents it is sent, one at a time.
parentPort!.on('message', ({ id, job }: { id: number; job: ExtractorJob }) => {
  readExtractorJob(job).then(
    (result) => parentPort!.postMessage({ id, result, heldBytes: held() } satisfies ExtractorReply),
    (error: unknown) => parentPort!.postMessage({ id, error: describe(error), heldBytes: held() } satisfies ExtractorReply),
  );
});
parentPort!.postMessage('ready' satisfies ExtractorReply);

/** this thread's heap and the buffers it owns (in a worker, memoryUsage counts its own isolate's) */
function held(): number {
  const { heapTotal, external } = process.memoryUsage();
  return heapTotal + external;
}
