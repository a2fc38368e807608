import { slackHeaders } from './slack-requests.js';

/**
 * The sender of the Slack benchmark, run as a child process (fork) so that the time a request
 * waits behind the bot's own work is counted, as it is for Slack: for each message
 * { url, bodies }, it posts every body at once, signed, and answers with each request's time from
 * sending to the whole response (ms) and its status.
 */
export interface SendRound {
  url: string;
  bodies: string[];
}

export interface RoundResult {
  ms: number[];
  statuses: number[];
}

process.on('message', (round: SendRound) => {
  void (async () => {
    const results = await Promise.all(
      round.bodies.map(async (body) => {
        const headers = slackHeaders(body);
        const t0 = performance.now();
        try {
          const res = await fetch(round.url, { method: 'POST', body, headers });
          await res.arrayBuffer();
          return { ms: performance.now() - t0, status: res.status };
        } catch {
          return { ms: performance.now() - t0, status: 0 }; // the parent reports the failed request
        }
      }),
    );
    process.send!({ ms: results.map((r) => r.ms), statuses: results.map((r) => r.status) } satisfies RoundResult);
  })();
});
process.on('disconnect', () => process.exit(0));
