import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString()));
  return { stream, text: () => text };
}

describe('createLogger', () => {
  it('writes readable lines for a terminal, with the level and the message, redacting addresses', () => {
    const out = capture();
    createLogger('info', { pretty: true, destination: out.stream }).child({ component: 'intake' }).info({ uid: 7, email: 'ana@example.org' }, 'message stored');
    const line = out.text();
    expect(line).toMatch(/INFO.*message stored/);
    expect(line).toContain('component: "intake"');
    expect(line).toContain('[redacted]');
    expect(line).not.toContain('ana@example.org');
    expect(() => JSON.parse(line)).toThrow();
  });

  it('writes one JSON object per line elsewhere', async () => {
    const out = capture();
    createLogger('info', { pretty: false, destination: out.stream }).warn({ uid: 7, email: 'ana@example.org' }, 'retrying');
    await new Promise((r) => setImmediate(r));
    const entry = JSON.parse(out.text().trim()) as Record<string, unknown>;
    expect(entry).toMatchObject({ level: 40, msg: 'retrying', uid: 7, email: '[redacted]', app: 'normbot' });
  });
});
