import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the (fake) Slack Web API or to a response_url. */
export interface RecordedCall {
  /** 'chat.postMessage', or 'response' for a POST to a response_url */
  method: string;
  path: string;
  auth: string | undefined;
  args: Record<string, unknown>;
  /** the request body exactly as sent, for scanning */
  raw: string;
  /** what the fake answered: 200 ok, or the scripted failure */
  answered: 'ok' | 'http-500' | 'http-429' | `error:${string}`;
  /** order of arrival, across all methods */
  seq: number;
}

/** A scripted failure: an HTTP status, Slack's 429 with Retry-After, or `ok: false` with Slack's error name. */
export type SlackFailure = { status: 500 } | { status: 429; retryAfterSec: number } | { error: string };

export interface FakeSlackApi {
  /** pass as clientOptions.slackApiUrl / SLACK_API_URL */
  apiUrl: string;
  /** a response_url on this server */
  responseUrl(id: string): string;
  calls: RecordedCall[];
  /** the calls to a method that Slack accepted */
  callsTo(method: string): RecordedCall[];
  /** every call to a method, failures included */
  attemptsAt(method: string): RecordedCall[];
  /** the next `times` calls to `method` (optionally only those whose args match) get `failure` */
  failNext(method: string, failure: SlackFailure, times?: number, when?: (args: Record<string, unknown>) => boolean): void;
  /** holds the answers to `method` until `release()`: the bot's work stays unfinished meanwhile */
  hold(method: string): { release(): void };
  /** members returned by usergroups.users.list */
  groupMembers: string[];
  /** user group ids usergroups.list knows */
  groups: string[];
  /** conversations.info says the bot is in the channel */
  botInChannel: boolean;
  /** file bytes the bot sent to an upload_url (files.uploadV2, step 2), by the file id getUploadURLExternal gave */
  uploads: Map<string, Buffer>;
  close(): Promise<void>;
}

/**
 * A local stand-in for https://slack.com/api/ that records every call, as in TEST-RIG.md §3:
 * web-api sends form-encoded bodies with JSON-string `blocks`/`view`; respond() posts JSON. It can
 * be told to fail the way Slack fails: HTTP 500, HTTP 429 with Retry-After, `ok: false` with an
 * error name (`invalid_auth`, `message_not_found`, ...).
 */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const failures: Array<{ method: string; failure: SlackFailure; left: number; when?: (args: Record<string, unknown>) => boolean }> = [];
  const holds = new Map<string, Array<() => void>>();
  let seq = 0;
  let order = 0;
  const api: Omit<FakeSlackApi, 'apiUrl' | 'responseUrl' | 'close'> = {
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method && c.answered === 'ok'),
    attemptsAt: (method) => calls.filter((c) => c.method === method),
    failNext(method, failure, times = 1, when) {
      failures.push({ method, failure, left: times, ...(when ? { when } : {}) });
    },
    hold(method) {
      holds.set(method, []);
      return {
        release() {
          const waiting = holds.get(method) ?? [];
          holds.delete(method);
          waiting.forEach((send) => send());
        },
      };
    },
    groupMembers: [],
    groups: ['SMODS'],
    botInChannel: true,
    uploads: new Map(),
  };
  const answer = (method: string, args: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = { ok: true };
    if (method === 'auth.test') Object.assign(out, { user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' });
    if (method === 'chat.postMessage') Object.assign(out, { channel: args.channel, ts: `1700000000.${String(++seq).padStart(6, '0')}` });
    if (method === 'chat.update') Object.assign(out, { channel: args.channel, ts: args.ts });
    if (method === 'chat.postEphemeral') Object.assign(out, { message_ts: `1700000001.${String(++seq).padStart(6, '0')}` });
    if (method === 'views.open' || method === 'views.publish') Object.assign(out, { view: { id: `V${++seq}` } });
    if (method === 'usergroups.users.list') Object.assign(out, { users: api.groupMembers });
    if (method === 'usergroups.list') Object.assign(out, { usergroups: api.groups.map((id) => ({ id, handle: id.toLowerCase() })) });
    if (method === 'conversations.info') Object.assign(out, { channel: { id: args.channel, is_member: api.botInChannel } });
    if (method === 'conversations.open') Object.assign(out, { channel: { id: `D${String(args.users)}` } });
    if (method === 'files.getUploadURLExternal') {
      const id = `F${++seq}`;
      Object.assign(out, { file_id: id, upload_url: `${base}/upload/${id}` });
    }
    if (method === 'files.completeUploadExternal') Object.assign(out, { files: (args.files as Array<{ id: string }>).map((f) => ({ id: f.id })) });
    return out;
  };
  /** Slack's upload URL takes the file as multipart form data (web-api posts it as the field "body") */
  const receiveUpload = async (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse) => {
    const form = await new Request('http://upload.local/', { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body }).formData();
    const file = [...form.values()].find((v) => typeof v !== 'string') as Blob | undefined;
    const id = (req.url ?? '').split('/').at(-1) ?? '';
    if (!file || !id) return res.writeHead(400).end('no file');
    api.uploads.set(id, Buffer.from(await file.arrayBuffer()));
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${file.size}`);
  };
  let base = '';
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if ((req.url ?? '').startsWith('/upload/')) return void receiveUpload(req, Buffer.concat(chunks), res);
      const raw = Buffer.concat(chunks).toString('utf8');
      const json = (req.headers['content-type'] ?? '').includes('json');
      const args = (json ? JSON.parse(raw || '{}') : Object.fromEntries(new URLSearchParams(raw))) as Record<string, unknown>;
      for (const k of ['blocks', 'attachments', 'view', 'files']) if (typeof args[k] === 'string') args[k] = JSON.parse(args[k] as string);
      const path = (req.url ?? '').split('?')[0] ?? '';
      const method = path.startsWith('/response/') ? 'response' : path.replace(/^\/api\//, '');
      const scripted = failures.find((f) => f.method === method && f.left > 0 && (!f.when || f.when(args)));
      const call: RecordedCall = { method, path, auth: req.headers.authorization, args, raw, answered: 'ok', seq: ++order };
      calls.push(call);
      if (scripted) {
        scripted.left -= 1;
        const f = scripted.failure;
        if ('error' in f) {
          call.answered = `error:${f.error}`;
          return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: f.error }));
        }
        call.answered = f.status === 500 ? 'http-500' : 'http-429';
        return res.writeHead(f.status, f.status === 429 ? { 'retry-after': String(f.retryAfterSec) } : {}).end(f.status === 500 ? 'upstream broke' : '');
      }
      const send = () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(method, args)));
      const held = holds.get(method);
      if (held) held.push(send);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(api, {
    apiUrl: `${base}/api/`,
    responseUrl: (id: string) => `${base}/response/${id}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** Posts a body to the Bolt app signed as Slack signs it: v0=hex(HMAC-SHA256(secret, v0:ts:body)). */
export async function postSigned(
  url: string,
  body: string,
  opts: { secret: string; timestamp?: number; contentType?: string; headers?: Record<string, string> },
): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method: 'POST', body, headers: { ...signedHeaders(body, opts), ...opts.headers } });
  return { status: res.status, text: await res.text() };
}

/** The headers of a request Slack signed with `secret`: v0=hex(HMAC-SHA256(secret, v0:ts:body)). */
export function signedHeaders(body: string, opts: { secret: string; timestamp?: number; contentType?: string }): Record<string, string> {
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    'content-type': opts.contentType ?? 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': `v0=${createHmac('sha256', opts.secret).update(`v0:${ts}:${body}`).digest('hex')}`,
  };
}

/** The view state Slack would send back for a modal the bot opened, with some inputs changed. */
export function stateFromModal(view: { blocks: Array<Record<string, any>> }, changes: Record<string, unknown> = {}): Record<string, Record<string, unknown>> {
  const values: Record<string, Record<string, unknown>> = {};
  for (const block of view.blocks) {
    if (block.type !== 'input') continue;
    const el = block.element;
    const id = block.block_id as string;
    const current =
      el.type === 'plain_text_input' ? { type: el.type, value: el.initial_value ?? null }
      : el.type === 'static_select' || el.type === 'external_select' ? { type: el.type, selected_option: el.initial_option ?? null }
      : { type: el.type, selected_options: el.initial_options ?? [] };
    values[id] = { [el.action_id]: { ...current, ...(id in changes ? (changes[id] as object) : {}) } };
  }
  return values;
}
