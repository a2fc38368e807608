import { describe, expect, it } from 'vitest';
import { inspectRawMessage } from '../../../../src/intake/ingest/inspect-raw-message.js';
import { buildMail } from './build-mail.js';

describe('inspectRawMessage', () => {
  it('accepts a well-formed message and reads its Message-ID', () => {
    const facts = inspectRawMessage(buildMail({ messageId: '<m1@example.test>' }));
    expect(facts.problem).toBeNull();
    expect(facts.messageId).toBe('<m1@example.test>');
  });

  it('gives the same content hash to a message delivered twice with other Received: lines', () => {
    const a = buildMail({ messageId: '<m@x>', headers: { Received: 'from a by b' } });
    const b = buildMail({ messageId: '<m@x>', headers: { Received: 'from c by d' } });
    expect(inspectRawMessage(a).sha256).not.toBe(inspectRawMessage(b).sha256);
    expect(inspectRawMessage(a).contentSha256).toBe(inspectRawMessage(b).contentSha256);
  });

  it('rejects an empty message', () => {
    expect(inspectRawMessage(Buffer.from('\r\n \r\n')).problem?.code).toBe('EMPTY_MESSAGE');
  });

  it('rejects a message with headers and no body', () => {
    expect(inspectRawMessage(Buffer.from('From: a@example.test\r\nSubject: x\r\n\r\n')).problem?.code).toBe('EMPTY_MESSAGE');
  });

  it('rejects bytes that do not start with headers', () => {
    expect(inspectRawMessage(Buffer.from('hello, this is not a mail\r\n\r\nbody')).problem?.code).toBe('MALFORMED_MIME');
  });

  it('rejects a multipart message whose boundary never appears', () => {
    const raw = buildMail({ headers: { 'Content-Type': 'multipart/mixed; boundary="b1"' }, body: 'no parts here' });
    expect(inspectRawMessage(raw).problem).toMatchObject({ code: 'MALFORMED_MIME' });
  });

  it('rejects a multipart message without a boundary parameter', () => {
    expect(inspectRawMessage(buildMail({ headers: { 'Content-Type': 'multipart/mixed' } })).problem?.code).toBe('MALFORMED_MIME');
  });

  it('leaves an unknown charset to the parser, which reads around it', () => {
    expect(inspectRawMessage(buildMail({ headers: { 'Content-Type': 'text/plain; charset="x-klingon-42"' } })).problem).toBeNull();
  });

  it('rejects a message over the byte limit', () => {
    const problem = inspectRawMessage(buildMail({ body: 'x'.repeat(2000) }), 1000).problem;
    expect(problem?.code).toBe('MESSAGE_TOO_LARGE');
    expect(problem?.message).toContain('MAX_MESSAGE_BYTES');
  });
});
