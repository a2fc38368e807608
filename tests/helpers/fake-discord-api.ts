import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { aDiscordMessage } from './a-discord-message.js';

/** One HTTP request the bot made to "Discord". */
export interface RecordedCall {
  method: string;
  /** decoded path without the query, e.g. /api/v10/webhooks/1/tok/messages/@original */
  path: string;
  query: string;
  auth: string | undefined;
  body: any;
  /** files sent with the message (multipart/form-data, as discord.js sends attachments) */
  files: Array<{ field: string; name: string; type: string; bytes: Buffer }>;
  /** performance.now() when the request was complete */
  at: number;
}

export interface FakeDiscordApi {
  /** pass as `rest.api`; discord.js appends /v10/... */
  api: string;
  calls: RecordedCall[];
  /** the JSON bodies of every call that carries a message (content, embeds or components) */
  messageBodies(): any[];
  /** answers the next request matching method and path with this Discord error, once */
  failNext(method: string, path: RegExp, status: number, error: { message: string; code: number }): void;
  close(): Promise<void>;
}

/** A JSON body, or discord.js's multipart one: the message in `payload_json`, the attachments in `files[n]`. */
async function readBody(contentType: string, bytes: Buffer): Promise<{ body: any; files: RecordedCall['files'] }> {
  if (contentType.includes('json')) return { body: bytes.length > 0 ? JSON.parse(bytes.toString()) : null, files: [] };
  if (!contentType.startsWith('multipart/form-data')) return { body: null, files: [] };
  const form = await new Request('http://discord.local/', { method: 'POST', headers: { 'content-type': contentType }, body: bytes }).formData();
  const files: RecordedCall['files'] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') continue;
    const blob = value as Blob & { name: string };
    files.push({ field, name: blob.name, type: blob.type, bytes: Buffer.from(await blob.arrayBuffer()) });
  }
  const payload = form.get('payload_json');
  return { body: typeof payload === 'string' ? JSON.parse(payload) : null, files };
}

const BOT = { id: '100000000000000002', username: 'normbot', discriminator: '0', avatar: null, bot: true, global_name: null };

/**
 * A local stand-in for Discord's REST API: records every call and answers the routes the bot
 * uses with Discord-shaped payloads (TEST-RIG.md section 4). Unknown routes get 404 as Discord would.
 */
export async function startFakeDiscordApi(options: { gatewayUrl?: string } = {}): Promise<FakeDiscordApi> {
  const calls: RecordedCall[] = [];
  const failures: Array<{ method: string; path: RegExp; status: number; error: { message: string; code: number } }> = [];
  let nextId = 200000000000000000n;
  const message = (channelId: string, body: any, id?: string) =>
    aDiscordMessage({
      id: id ?? String(nextId++),
      channel_id: channelId,
      author: BOT,
      content: body?.content ?? '',
      timestamp: new Date().toISOString(),
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
    });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => void answer(Buffer.concat(chunks)));
    const answer = async (bytes: Buffer) => {
      const { body, files } = await readBody(req.headers['content-type'] ?? '', bytes);
      const [rawPath = '', query = ''] = (req.url ?? '').split('?');
      const path = decodeURIComponent(rawPath);
      calls.push({ method: req.method ?? '', path, query, auth: req.headers.authorization, body, files, at: performance.now() });
      const json = (code: number, o: unknown) => res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(o));
      let m: RegExpMatchArray | null;
      const failure = failures.findIndex((f) => f.method === req.method && f.path.test(path));
      if (failure >= 0) {
        const [f] = failures.splice(failure, 1);
        return json(f!.status, f!.error);
      }
      if (path === '/api/v10/gateway/bot') {
        return json(200, { url: options.gatewayUrl ?? 'ws://127.0.0.1:9', shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } });
      }
      if ((m = path.match(/^\/api\/v10\/channels\/(\d+)\/messages\/(\d+)\/threads$/)) && req.method === 'POST') {
        return json(201, { id: m[2], type: 11, parent_id: m[1], guild_id: '400000000000000001', name: body?.name, owner_id: BOT.id, thread_metadata: { archived: false, auto_archive_duration: body?.auto_archive_duration ?? 1440, archive_timestamp: new Date().toISOString(), locked: false } });
      }
      if (/^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return res.writeHead(204).end();
      if ((m = path.match(/^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/([^/]+)$/))) return json(200, message('100000000000000003', body, m[1] === '@original' ? undefined : m[1]));
      if (/^\/api\/v10\/webhooks\/\d+\/[^/]+$/.test(path)) return json(200, message('100000000000000003', body));
      if ((m = path.match(/^\/api\/v10\/channels\/(\d+)\/messages\/(\d+)$/)) && req.method === 'PATCH') return json(200, message(m[1]!, body, m[2]));
      if ((m = path.match(/^\/api\/v10\/channels\/(\d+)\/messages$/)) && req.method === 'POST') return json(200, message(m[1]!, body));
      if (path === '/api/v10/users/@me/channels' && req.method === 'POST') {
        return json(200, { id: '100000000000000077', type: 1, recipients: [{ id: body?.recipient_id, username: 'member', discriminator: '0', avatar: null }] });
      }
      if ((m = path.match(/^\/api\/v10\/channels\/(\d+)$/))) return json(200, { id: m[1], type: 0, name: 'moderators', guild_id: '400000000000000001' });
      if (/^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path) && req.method === 'PUT') {
        return json(200, (body as any[]).map((c, n) => ({ ...c, id: String(600000000000000000n + BigInt(n)), application_id: '100000000000000001', version: '1' })));
      }
      json(404, { message: 'Unknown route (fake)', code: 0 });
    };
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    api: `http://127.0.0.1:${port}/api`,
    calls,
    messageBodies() {
      return calls
        .map((c) => (c.body && typeof c.body === 'object' && 'data' in c.body && c.path.endsWith('/callback') ? c.body.data : c.body))
        .filter((b) => b && typeof b === 'object' && ('content' in b || 'embeds' in b || 'components' in b));
    },
    failNext(method, path, status, error) {
      failures.push({ method, path, status, error });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
