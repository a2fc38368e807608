import type { Agreement } from '../catalog/agreement.js';
import type { ChartFigure } from '../charts/chart-figure.js';
import type { Block, Reply } from '../reply/reply.js';
import type { NormElement } from '../taxonomy/norm-element.js';
import { renderReplyText } from './render-reply-text.js';

/** A reply whose `text` is always the plain rendering of its blocks, so the two never disagree. */
export function makeReply(input: {
  intent: string;
  blocks: Block[];
  agreements?: readonly Agreement[];
  norms?: readonly NormElement[];
  ephemeral?: boolean;
  figure?: ChartFigure;
}): Reply {
  const text = renderReplyText(input.blocks);
  return {
    intent: input.intent,
    text: text === '' ? 'No answer.' : text,
    blocks: input.blocks,
    agreements: uniqueBy((input.agreements ?? []).map((a) => ({ id: String(a.id), name: a.name }))),
    norms: uniqueBy((input.norms ?? []).map((e) => ({ id: e.id, name: e.name }))),
    ephemeral: input.ephemeral ?? false,
    ...(input.figure ? { figure: input.figure } : {}),
  };
}

/** The reply with a paragraph right under its heading; the text is rendered again so blocks and text agree. */
export function withParagraphUnderHeading(reply: Reply, paragraph: string): Reply {
  if (paragraph === '') return reply;
  const at = reply.blocks[0]?.type === 'heading' ? 1 : 0;
  const blocks = [...reply.blocks.slice(0, at), { type: 'paragraph' as const, text: paragraph }, ...reply.blocks.slice(at)];
  return { ...reply, blocks, text: renderReplyText(blocks) };
}

function uniqueBy<T extends { id: string }>(refs: T[]): T[] {
  const seen = new Set<string>();
  return refs.filter((r) => !seen.has(r.id) && seen.add(r.id));
}
