import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * A request unanswered this long is waiting on something of its own (a save before a modal's ack,
 * a slow client), not on the answers: they stop waiting for it. Slack allows 3 s for an ack.
 */
export const ACK_WAIT_LIMIT_MS = 500;

export interface AckGate {
  /**
   * Resolves in an event-loop turn of its own (setImmediate) in which no request of the watched
   * server is waiting for its HTTP response, unless it has waited ACK_WAIT_LIMIT_MS already.
   */
  afterAcks(): Promise<void>;
  /** starts watching the receiver's HTTP server (Socket Mode has none: only the turn is waited for) */
  watch(server: Server): void;
}

/**
 * Lets work wait until Slack has all the HTTP responses it is waiting for: a connection accepted
 * whose request is not read yet, or a request not answered yet, holds it. Answers start after the
 * gate, so a burst of requests is read, verified and acknowledged before any answer takes the event
 * loop, instead of each request waiting behind the answers to the requests before it.
 */
export function createAckGate(now: () => number = () => performance.now()): AckGate {
  // a connection until its first request arrives, then each request until its response is sent
  const waiting = new Map<Socket | object, number>();
  let wake: Array<() => void> = [];
  let timer: NodeJS.Timeout | null = null;

  const oldestRecent = (): number | null => {
    let oldest: number | null = null;
    const limit = now() - ACK_WAIT_LIMIT_MS;
    for (const since of waiting.values()) if (since > limit && (oldest === null || since < oldest)) oldest = since;
    return oldest;
  };
  const check = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const oldest = oldestRecent();
    if (oldest === null) {
      const ready = wake;
      wake = [];
      ready.forEach((resolve) => resolve());
    } else if (wake.length > 0) {
      // the oldest request stops holding the work once it is past the limit
      timer = setTimeout(check, oldest + ACK_WAIT_LIMIT_MS - now() + 1);
    }
  };
  const settle = (key: object) => {
    waiting.delete(key);
    if (wake.length > 0) check();
  };
  const noneWaiting = () =>
    new Promise<void>((resolve) => {
      wake.push(resolve);
      check();
    });

  return {
    async afterAcks() {
      for (;;) {
        await noneWaiting();
        await new Promise((resolve) => setImmediate(resolve));
        // the I/O read before this turn may have brought new requests: their acks go first
        if (oldestRecent() === null) return;
      }
    },
    watch(server) {
      server.on('connection', (socket: Socket) => {
        waiting.set(socket, now());
        socket.once('close', () => settle(socket));
      });
      server.on('request', (req, res) => {
        const since = waiting.get(req.socket) ?? now();
        waiting.delete(req.socket);
        waiting.set(res, since);
        res.once('finish', () => settle(res));
        res.once('close', () => settle(res));
      });
    },
  };
}
