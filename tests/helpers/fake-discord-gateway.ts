import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** A gateway payload as Discord sends and receives it (https://discord.com/developers/docs/topics/gateway-events#payload-structure). */
export interface GatewayPayload {
  op: number;
  d: any;
  s?: number | null;
  t?: string | null;
}

export interface FakeDiscordGateway {
  /** ws://127.0.0.1:port, what GET /gateway/bot answers */
  url: string;
  /** every IDENTIFY the bot sent */
  identifies: GatewayPayload[];
  /** every payload the bot sent (heartbeats, identify, ...) */
  received: GatewayPayload[];
  /** the close code of each connection that ended (1000: the bot closed it; 1006: it vanished without a close frame) */
  closeCodes: number[];
  /** sends a dispatch (op 0) with the next sequence number to every connected client */
  dispatch(event: string, data: unknown): void;
  close(): Promise<void>;
}

export interface GatewaySession {
  /** the bot user READY announces */
  user: { id: string; username: string };
  applicationId: string;
  /** GUILD_CREATE payloads sent right after READY (roles and channels the client should cache) */
  guilds: unknown[];
}

/**
 * A Discord gateway on loopback over a real WebSocket (the `ws` package, which discord.js itself
 * uses): HELLO on connect, READY after IDENTIFY, heartbeat ACKs, then whatever the test dispatches.
 * JSON encoding, no compression (discord.js asks for zlib only when zlib-sync is installed).
 */
export async function startFakeDiscordGateway(session: GatewaySession): Promise<FakeDiscordGateway> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const identifies: GatewayPayload[] = [];
  const received: GatewayPayload[] = [];
  const sockets = new Set<WebSocket>();
  const closeCodes: number[] = [];
  let seq = 0;
  const send = (ws: WebSocket, p: GatewayPayload) => ws.send(JSON.stringify(p));
  server.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', (code) => {
      sockets.delete(ws);
      closeCodes.push(code);
    });
    send(ws, { op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null });
    ws.on('message', (raw) => {
      const p = JSON.parse(String(raw)) as GatewayPayload;
      received.push(p);
      if (p.op === 1) send(ws, { op: 11, d: null });
      if (p.op !== 2) return;
      identifies.push(p);
      send(ws, {
        op: 0,
        t: 'READY',
        s: ++seq,
        d: {
          v: 10,
          user: { ...session.user, discriminator: '0', avatar: null, bot: true, global_name: null },
          guilds: session.guilds.map((g) => ({ id: (g as { id: string }).id, unavailable: true })),
          session_id: 'fake-session',
          resume_gateway_url: url,
          application: { id: session.applicationId, flags: 0 },
        },
      });
      for (const guild of session.guilds) send(ws, { op: 0, t: 'GUILD_CREATE', s: ++seq, d: guild });
    });
  });
  return {
    url,
    identifies,
    received,
    closeCodes,
    dispatch(event, data) {
      for (const ws of sockets) send(ws, { op: 0, t: event, s: ++seq, d: data });
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
