import http from 'node:http';
import { slackHeaders } from './slack-requests.js';

/**
 * The sender of the Slack benchmark, run as a child process (fork) so that the time a request
 * waits behind the server's own work is counted, as it is for Slack: for each message
 * { url, bodies }, it posts every body at once and answers with each request's time from sending
 * to the whole response (ms) and its status. The requests are signed before the clock starts and
 * go to 127.0.0.1 (no name lookup) through node:http, each on a connection of its own: a kept-alive
 * socket that sat idle while the other targets took their turn can be closed by the server just
 * as it is reused (ECONNRESET), and a loopback connect costs the baseline what it costs the bot.
 */
export interface SendRound {
  url: string;
  bodies: string[];
}

export interface RoundResult {
  ms: number[];
  statuses: number[];
}

// Node's global agent keeps sockets alive; this one does not, and opens as many as are asked for
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

function post(url: string, body: string, headers: Record<string, string>): Promise<{ ms: number; status: number }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const req = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0 }));
    });
    req.on('error', () => resolve({ ms: performance.now() - t0, status: 0 })); // the parent reports the failed request
    req.end(body);
  });
}

process.on('message', (round: SendRound) => {
  void (async () => {
    const signed = round.bodies.map((body) => ({ body, headers: slackHeaders(body) }));
    const results = await Promise.all(signed.map(({ body, headers }) => post(round.url, body, headers)));
    process.send!({ ms: results.map((r) => r.ms), statuses: results.map((r) => r.status) } satisfies RoundResult);
  })();
});
process.on('disconnect', () => process.exit(0));
