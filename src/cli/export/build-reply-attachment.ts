import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Reply } from '../../core/reply/reply.js';
import { buildExportFile, type ExportFile } from './build-export-file.js';

/**
 * The file a reply asks the adapter to attach (a moderator's "export xlsx since 2026-01-01"), or
 * null. Chat adapters upload `bytes` as `filename` beside the reply's text.
 */
export async function buildReplyAttachment(
  reply: Reply,
  deps: { loadCatalog: () => Promise<CatalogSnapshot>; changedSince: (since: string) => Promise<Map<number, string>>; now: Date },
): Promise<ExportFile | null> {
  const request = reply.attachment;
  if (!request) return null;
  const catalog = await deps.loadCatalog();
  const since = request.since ? { date: request.since, changed: await deps.changedSince(request.since) } : undefined;
  return buildExportFile({ catalog, format: request.format, now: deps.now, ...(since ? { since } : {}) });
}
