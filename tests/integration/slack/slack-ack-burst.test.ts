import http from 'node:http';
import { afterEach, expect, it, vi } from 'vitest';
import { signedHeaders } from '../../helpers/fake-slack-api.js';
import { LISTED_MOD, SECRET, startSlackHarness, type SlackHarness } from './start-slack-harness.js';

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

// every request on a connection of its own, all sent at once, as Slack sends a busy channel's commands
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
function post(url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers = { ...signedHeaders(body, { secret: SECRET }), 'content-length': String(Buffer.byteLength(body)) };
    const req = http.request(url, { method: 'POST', agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

it('acknowledges every /norms request of a burst before any of their answers is worked on, then answers each where it was asked', async () => {
  let answersStarted = 0;
  // an answer's work starts by reading the catalog; the asker is a listed moderator, so nothing
  // (no user-group lookup) stands between the ack and that work but the bot's own scheduling
  h = await startSlackHarness({ processBeforeResponse: false, catalog: (load) => () => ((answersStarted += 1), load()) });
  const { agreements } = await h.store.catalog.loadSnapshot();
  const asked = agreements.slice(0, 20);
  const startedAtAck: number[] = [];
  h.bot.server!.on('request', (_req, res) => res.once('finish', () => startedAtAck.push(answersStarted)));

  const bodies = asked.map((a, i) =>
    new URLSearchParams({
      team_id: 'T1', channel_id: 'CASK', user_id: LISTED_MOD, user_name: 'umod1', command: '/norms', text: `What does the ${a.name} cover?`,
      api_app_id: 'A1', trigger_id: `trig.burst${i}`, response_url: h!.fake.responseUrl(`burst${i}`),
    }).toString(),
  );
  const statuses = await Promise.all(bodies.map((body) => post(h!.url, body)));

  expect(statuses).toEqual(asked.map(() => 200));
  expect(startedAtAck).toEqual(asked.map(() => 0));
  await vi.waitFor(() => expect(h!.fake.callsTo('response')).toHaveLength(asked.length), { timeout: 20_000 });
  for (const [i, a] of asked.entries()) {
    const answers = h.fake.callsTo('response').filter((c) => c.path.endsWith(`/burst${i}`));
    expect(answers).toHaveLength(1);
    expect(String(answers[0]?.args.text)).toContain(a.name);
  }
});
