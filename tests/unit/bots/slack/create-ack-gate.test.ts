import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createAckGate } from '../../../../src/bots/slack/create-ack-gate.js';

let server: http.Server | undefined;
const sockets: net.Socket[] = [];

afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** A real HTTP server watched by a gate; `respond` answers the request held so far. */
async function watchedServer() {
  const gate = createAckGate();
  const held: http.ServerResponse[] = [];
  const arrived: Array<() => void> = [];
  server = http.createServer((_req, res) => {
    held.push(res);
    arrived.splice(0).forEach((f) => f());
  });
  gate.watch(server);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const connect = async () => {
    const socket = net.connect(port, '127.0.0.1');
    sockets.push(socket);
    await new Promise((resolve) => socket.once('connect', resolve));
    return socket;
  };
  const requestArrived = () => new Promise<void>((resolve) => arrived.push(resolve));
  return { gate, held, connect, requestArrived };
}

describe('the Slack ack gate', () => {
  it('lets the work go once every request read has its response, not before', async () => {
    const { gate, held, connect, requestArrived } = await watchedServer();
    const socket = await connect();
    const arrival = requestArrived();
    socket.write('POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}');
    await arrival;
    let released = false;
    const work = gate.afterAcks().then(() => (released = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(released).toBe(false); // the request waits for its ack: the work waits for it
    held[0]!.end('ok');
    await work;
    expect(released).toBe(true);
  });

  it('does not hold the work for good behind a connection that never sends a request', async () => {
    const { gate, connect } = await watchedServer();
    await connect(); // a health check or a proxy's spare connection: open, silent
    // resolves once the silent connection is past the wait limit; without the limit the test times out
    await gate.afterAcks();
    expect(sockets[0]!.destroyed).toBe(false);
  });
});
