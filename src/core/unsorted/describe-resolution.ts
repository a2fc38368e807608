import { formatUtc } from '../moderation/draft-state.js';
import type { UnsortedItem } from './unsorted-item.js';

/** "dismissed by Anna at 2026-11-23 10:00 UTC: newsletter", "made into draft 12 by Anna at ...". */
export function describeResolution(item: UnsortedItem): string {
  if (item.status === 'open') return 'open';
  const who = item.resolvedBy?.name ?? 'unknown';
  const when = item.resolvedAt ? ` at ${formatUtc(item.resolvedAt)}` : '';
  return item.status === 'dismissed' ? `dismissed by ${who}${when}: ${item.resolution ?? ''}` : `${item.resolution ?? 'made into drafts'} by ${who}${when}`;
}
