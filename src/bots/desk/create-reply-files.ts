import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Reply } from '../../core/reply/reply.js';

/** A file a chat answer carries: its chart as a PNG, or the catalog export a moderator asked for. */
export interface ReplyFile {
  filename: string;
  mime: string;
  bytes: Buffer;
  title: string;
  /** what the file shows, for people who cannot see it (Slack alt_text, Discord description) */
  alt: string;
}

export type ReplyFiles = (reply: Reply) => Promise<ReplyFile[]>;

/**
 * The files of an answer, the same on every platform: the chart (the numbers stay in the text)
 * and the export. Slack uploads them (files.uploadV2), Discord attaches them to the message.
 * The chart renderer (vega, resvg) and the spreadsheet writer (exceljs) weigh tens of megabytes:
 * each is imported with the first reply that needs it.
 */
export function createReplyFiles(deps: { loadCatalog: () => Promise<CatalogSnapshot>; changedSince: (since: string) => Promise<Map<number, string>>; now: () => Date }): ReplyFiles {
  return async (reply) => {
    const files: ReplyFile[] = [];
    if (reply.figure) {
      const { renderReplyChart } = await import('../../charts/render-reply-chart.js');
      const chart = await renderReplyChart(reply);
      if (chart) files.push({ filename: chart.filename, mime: 'image/png', bytes: chart.png, title: chart.title, alt: chart.alt });
    }
    if (reply.attachment) {
      const { buildReplyAttachment } = await import('../../cli/export/build-reply-attachment.js');
      const attachment = await buildReplyAttachment(reply, { loadCatalog: deps.loadCatalog, changedSince: deps.changedSince, now: deps.now() });
      if (attachment) files.push({ filename: attachment.filename, mime: attachment.mime, bytes: attachment.bytes, title: attachment.filename, alt: `the normbot catalog export: ${attachment.count} agreements` });
    }
    return files;
  };
}
