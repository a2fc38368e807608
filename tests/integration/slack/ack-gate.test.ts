import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ACK_WAIT_LIMIT_MS, createAckGate, type AckGate } from '../../../src/bots/slack/create-ack-gate.js';

// The gate watches a server's connections and requests; a stand-in server lets each request
// arrive and be answered at a chosen moment of a fake clock.
let server: EventEmitter;
let gate: AckGate;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'Date'] });
  server = new EventEmitter();
  gate = createAckGate(() => Date.now());
  gate.watch(server as unknown as Server);
});
afterEach(() => {
  vi.useRealTimers();
});

/** a request read from a new connection; `answer()` sends its response */
function request() {
  const socket = new EventEmitter();
  server.emit('connection', socket);
  const res = new EventEmitter();
  server.emit('request', { socket }, res);
  return { answer: () => res.emit('finish') };
}

/** lets `ms` of the fake clock pass, then the turns (setImmediate) that were queued at its end */
async function pass(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
  await vi.advanceTimersByTimeAsync(0);
}

/** afterAcks(), with a flag saying whether the work it holds has been let through */
function work() {
  const state = { released: false };
  void gate.afterAcks().then(() => (state.released = true));
  return state;
}

it('lets work through at once when no request is waiting for its response', async () => {
  const w = work();
  await pass(0);
  expect(w.released).toBe(true);
});

it('holds work while a request is unanswered and lets it through once the response is sent', async () => {
  const r = request();
  const w = work();
  await pass(ACK_WAIT_LIMIT_MS / 2);
  expect(w.released).toBe(false);
  r.answer();
  await pass(0);
  expect(w.released).toBe(true);
});

it('holds work for a connection whose request is not read yet', async () => {
  const socket = new EventEmitter();
  server.emit('connection', socket);
  const w = work();
  await pass(ACK_WAIT_LIMIT_MS / 2);
  expect(w.released).toBe(false);
  socket.emit('close');
  await pass(0);
  expect(w.released).toBe(true);
});

it('stops waiting for a request once it has waited the limit, not before', async () => {
  request();
  const w = work();
  await pass(ACK_WAIT_LIMIT_MS - 1);
  expect(w.released).toBe(false);
  await pass(10);
  expect(w.released).toBe(true);
});

it('does not wait at all for a request that had already waited the limit when the work came', async () => {
  request();
  await pass(ACK_WAIT_LIMIT_MS);
  const w = work();
  await pass(0);
  expect(w.released).toBe(true);
});

it('with several requests waiting, lets work through only when each is answered or past the limit', async () => {
  request();
  await pass(300);
  request();
  const w = work();
  // at 550 ms the first request is past the limit, the second still recent: work waits for it
  await pass(250);
  expect(w.released).toBe(false);
  // the second passes the limit at 800 ms
  await pass(249);
  expect(w.released).toBe(false);
  await pass(10);
  expect(w.released).toBe(true);
});

it("counts a request's wait from when its connection was accepted, not from when it was read", async () => {
  const socket = new EventEmitter();
  server.emit('connection', socket);
  await pass(400);
  server.emit('request', { socket }, new EventEmitter());
  const w = work();
  await pass(ACK_WAIT_LIMIT_MS - 400 + 10);
  expect(w.released).toBe(true);
});

it('lets work through when the recent request is answered even though an older one never is', async () => {
  request();
  await pass(ACK_WAIT_LIMIT_MS + 100);
  const recent = request();
  const w = work();
  await pass(100);
  expect(w.released).toBe(false);
  recent.answer();
  await pass(0);
  expect(w.released).toBe(true);
});
