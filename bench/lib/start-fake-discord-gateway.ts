import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

export interface FakeDiscordGateway {
  /** DISCORD_API_URL for the bot: REST answers /gateway/bot with this server's WebSocket URL */
  api: string;
  close(): Promise<void>;
}

const BOT_USER = { id: '100000000000000002', username: 'normbot', discriminator: '0', avatar: null, bot: true, global_name: null };

/**
 * Just enough of Discord for discord.js to log in on loopback: GET /gateway/bot, then a gateway
 * that says HELLO, answers IDENTIFY with READY (no guilds) and acknowledges heartbeats. Other
 * REST routes answer 404, as Discord does for unknown ones.
 */
export async function startFakeDiscordGateway(): Promise<FakeDiscordGateway> {
  let wsUrl = '';
  const server = http.createServer((req, res) => {
    const json = (code: number, body: unknown) => res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    req.resume();
    if ((req.url ?? '').startsWith('/api/v10/gateway/bot')) {
      return json(200, { url: wsUrl, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } });
    }
    json(404, { message: 'Unknown route (fake)', code: 0 });
  });
  const gateway = new WebSocketServer({ server });
  gateway.on('connection', (socket) => {
    let seq = 0;
    const send = (payload: object) => socket.send(JSON.stringify(payload));
    send({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null });
    socket.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { op: number };
      if (msg.op === 1) send({ op: 11, d: null, s: null, t: null });
      if (msg.op === 2) {
        send({
          op: 0,
          t: 'READY',
          s: ++seq,
          d: { v: 10, user: BOT_USER, guilds: [], session_id: 'bench-session', resume_gateway_url: wsUrl, application: { id: '100000000000000001', flags: 0 } },
        });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  wsUrl = `ws://127.0.0.1:${port}`;
  return {
    api: `http://127.0.0.1:${port}/api`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of gateway.clients) client.terminate();
        gateway.close(() => server.close(() => resolve()));
        server.closeAllConnections();
      }),
  };
}
