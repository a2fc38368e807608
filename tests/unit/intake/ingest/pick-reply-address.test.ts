import { describe, expect, it } from 'vitest';
import { pickReplyAddress } from '../../../../src/intake/ingest/pick-reply-address.js';
import { aParsedMessage } from './a-parsed-message.js';

const contributor = { name: null, affiliation: null, country: null, anonymous: false };

describe('pickReplyAddress', () => {
  it('answers the sender', () => {
    expect(pickReplyAddress(aParsedMessage({ from: 'Ada <ada@example.test>' }), 'bot@bpf.example')).toBe('ada@example.test');
  });

  it('falls back to the address given in "About you"', () => {
    expect(pickReplyAddress(aParsedMessage({ from: null, contributor: { ...contributor, email: 'me@org.example' } }), 'bot@bpf.example')).toBe('me@org.example');
  });

  it('never answers its own address', () => {
    expect(pickReplyAddress(aParsedMessage({ from: 'bot@bpf.example', contributor: { ...contributor, email: null } }), 'normbot <bot@bpf.example>')).toBeNull();
  });

  it('never answers a robot address', () => {
    expect(pickReplyAddress(aParsedMessage({ from: 'MAILER-DAEMON@mx.example', contributor: { ...contributor, email: null } }), 'bot@bpf.example')).toBeNull();
  });
});
