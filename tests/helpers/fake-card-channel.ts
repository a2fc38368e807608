import type { CardChannel, Pace } from '../../src/bots/desk/card-channel.js';
import type { CardPlatform } from '../../src/core/desk/card-ledger.js';
import { CardChannelError } from '../../src/errors.js';

export interface ChannelCall {
  op: 'post' | 'update' | 'note' | 'announce';
  /** the card's heading, the note's text, or the digest's first line */
  what: string;
  ok: boolean;
}

/** A card channel in memory: records every call, and fails the next calls a test scripts. */
export function aFakeChannel(platform: CardPlatform = 'slack', pace: Pace = { burst: 100, perSecond: 100 }) {
  const calls: ChannelCall[] = [];
  const failures: Array<{ op: ChannelCall['op']; when: (what: string) => boolean; error: () => Error; left: number }> = [];
  let seq = 0;
  const record = (op: ChannelCall['op'], what: string) => {
    const f = failures.find((x) => x.op === op && x.left > 0 && x.when(what));
    calls.push({ op, what, ok: !f });
    if (!f) return;
    f.left -= 1;
    throw f.error();
  };
  const heading = (reply: { blocks: Array<{ type: string; text?: string }>; text: string }) => reply.blocks.find((b) => b.type === 'heading')?.text ?? reply.text.split('\n')[0]!;
  const channel: CardChannel = {
    platform,
    pace,
    async post(_subject, card) {
      record('post', heading(card));
      seq += 1;
      return { channelId: 'C1', messageId: `m${seq}`, threadId: null };
    },
    async update(_post, card) {
      record('update', heading(card));
    },
    async note(_post, text) {
      record('note', text);
    },
    async announce(reply) {
      record('announce', reply.text.split('\n')[0]!);
    },
  };
  return {
    channel,
    calls,
    ops: (op: ChannelCall['op']) => calls.filter((c) => c.op === op),
    /** the next `times` calls of `op` whose card or text matches fail with `error` */
    fail(op: ChannelCall['op'], times: number, error: () => Error = () => new CardChannelError('HTTP 500', { retryable: true }), when: (what: string) => boolean = () => true) {
      failures.push({ op, when, error, left: times });
    },
  };
}
