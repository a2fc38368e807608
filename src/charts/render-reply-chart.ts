import type { Reply } from '../core/reply/reply.js';
import { renderChartPngInWorker } from './render-chart-in-worker.js';

/** What a chat adapter uploads beside a reply's text: Slack files.uploadV2, a Discord attachment. */
export interface ReplyChartFile {
  /** "normbot-frequency.png" */
  filename: string;
  png: Buffer;
  /** alt text / description: what the chart shows, with its main numbers */
  alt: string;
  title: string;
  /** pixel size of the PNG */
  width: number;
  height: number;
}

/** The reply's chart as a PNG file (drawn in a worker), or null when the reply has none (the text is the whole answer). */
export async function renderReplyChart(reply: Reply, scale?: number): Promise<ReplyChartFile | null> {
  const figure = reply.figure;
  if (!figure) return null;
  const png = await renderChartPngInWorker(figure, scale);
  return { filename: `${figure.name}.png`, png, alt: figure.alt, title: figure.title, width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
