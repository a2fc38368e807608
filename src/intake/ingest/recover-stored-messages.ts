import { listStoredRawMessages } from '../../store/intake-repository.js';
import type { IngestDeps, IngestOutcome } from './ingest-deps.js';
import { retryStoredMessage } from './ingest-message.js';

/**
 * At start: finishes every raw message a crash left stored but unprocessed. Nothing is lost
 * (the bytes were committed first) and nothing is doubled (one contribution per raw message).
 */
export async function recoverStoredMessages(deps: IngestDeps): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for (const row of await listStoredRawMessages(deps.db)) outcomes.push(await retryStoredMessage(row, deps));
  if (outcomes.length > 0) deps.logger.info({ recovered: outcomes.length }, 'stored messages reprocessed at start');
  return outcomes;
}
