import { describe, expect, it } from 'vitest';
import type { HeaderField } from '../../../../src/intake/ingest/read-header-fields.js';
import { readHeaderFields } from '../../../../src/intake/ingest/read-header-fields.js';
import { judgeSender, type SenderPolicy } from '../../../../src/intake/sender/judge-sender.js';
import { readFromAddress } from '../../../../src/intake/sender/read-from-address.js';

const fields = (head: Record<string, string | string[]>): HeaderField[] =>
  Object.entries(head).flatMap(([name, v]) => (Array.isArray(v) ? v : [v]).map((value) => ({ name: name.toLowerCase(), value })));
const local: SenderPolicy = { authservId: null, ownAddresses: ['normbot@bpf.example', 'contribution@bpf.example'] };
const withServer: SenderPolicy = { ...local, authservId: 'mx.bpf.example' };

describe('readFromAddress', () => {
  it.each([
    ['a name and an address', 'Ada Lovelace <ada@example.org>', 'ada@example.org'],
    ['an address written as the display name', '"victim@target.example" <attacker@evil.example>', 'attacker@evil.example'],
    ['an encoded display name', '=?utf-8?q?victim=40target.example?= <attacker@evil.example>', 'attacker@evil.example'],
    ['a comment after the address', 'ada@example.org (Ada Lovelace)', 'ada@example.org'],
    ['an internationalised address', 'Jörg <jörg.müller@Bücher.de>', 'jörg.müller@bücher.de'],
  ])('takes the mailbox from %s', (_what, value, address) => {
    expect(readFromAddress(fields({ From: value }))).toMatchObject({ ok: true, address });
  });

  it.each([
    ['no From field', {}],
    ['two From fields', { From: ['a@example.org', 'b@example.org'] }],
    ['two mailboxes in From', { From: 'a@example.org, b@example.org' }],
    ['a group', { From: 'Friends: a@example.org, b@example.org;' }],
    ['an unquoted address before the real one', { From: 'victim@target.example <attacker@evil.example>' }],
    ['text that is no address', { From: 'Ada Lovelace' }],
  ])('finds no sender address in %s', (_what, head) => {
    expect(readFromAddress(fields(head))).toEqual({ ok: false, reason: 'no-sender-address' });
  });

  it.each([
    ['a quoted local part', '"john doe"@example.com'],
    ['an IP literal', 'user@[192.0.2.1]'],
    ['a bare host', 'root@localhost'],
  ])('will not answer %s', (_what, value) => {
    expect(readFromAddress(fields({ From: value }))).toEqual({ ok: false, reason: 'unusable-address' });
  });
});

describe('judgeSender', () => {
  it('answers the From address, never Reply-To', () => {
    expect(judgeSender(fields({ From: 'Ada <ada@example.org>', 'Reply-To': 'victim@target.example' }), local)).toEqual({ replyTo: 'ada@example.org', withheld: null });
  });

  it.each(['noreply@example.org', 'no-reply@example.org', 'Do-Not-Reply@example.org', 'postmaster@example.org', 'MAILER-DAEMON@example.org', 'abuse@example.org', 'info+bpf@example.org', 'bpf-owner@lists.example.org', 'bpf-request@lists.example.org'])(
    'withholds mail from the role address %s',
    (from) => {
      expect(judgeSender(fields({ From: from }), local)).toEqual({ replyTo: null, withheld: 'role-address' });
    },
  );

  it('keeps a person whose name merely contains a role word', () => {
    expect(judgeSender(fields({ From: 'information.officer@example.org' }), local).withheld).toBeNull();
  });

  it('withholds mail from our own address, whatever its case', () => {
    expect(judgeSender(fields({ From: 'NormBot <NORMBOT@bpf.example>' }), local).withheld).toBe('own-address');
    expect(judgeSender(fields({ From: 'contribution@bpf.example' }), local).withheld).toBe('own-address');
  });

  it.each([
    ['List-Id', { 'List-Id': '<bpf.lists.example.org>' }],
    ['Precedence: bulk', { Precedence: 'bulk' }],
    ['Precedence: list', { Precedence: 'List' }],
  ])('withholds list mail marked by %s', (_what, head) => {
    expect(judgeSender(fields({ From: 'ada@example.org', ...head }), local).withheld).toBe('list-mail');
  });

  it('withholds automatic mail but answers Auto-Submitted: no', () => {
    expect(judgeSender(fields({ From: 'ada@example.org', 'Auto-Submitted': 'auto-generated' }), local).withheld).toBe('automatic-mail');
    expect(judgeSender(fields({ From: 'ada@example.org', 'Auto-Submitted': 'no' }), local).withheld).toBeNull();
  });

  it('answers an authenticated sender when an authserv-id is configured', () => {
    const head = fields({ From: 'ada@example.org', 'Authentication-Results': 'mx.bpf.example; dmarc=pass header.from=example.org' });
    expect(judgeSender(head, withServer)).toEqual({ replyTo: 'ada@example.org', withheld: null });
  });

  it('withholds an unauthenticated sender, and gives no address for later mail either', () => {
    expect(judgeSender(fields({ From: 'ada@example.org' }), withServer)).toEqual({ replyTo: null, withheld: 'unauthenticated-sender' });
  });

  it('reads the header fields of a raw message, repeated and folded ones included', () => {
    const raw = Buffer.from('From: ada@example.org\r\nAuthentication-Results: other.example;\r\n spf=pass smtp.mailfrom=example.org\r\nAuthentication-Results: mx.bpf.example; spf=pass\r\n  smtp.mailfrom=example.org\r\n\r\nbody');
    expect(judgeSender(readHeaderFields(raw), withServer)).toEqual({ replyTo: 'ada@example.org', withheld: null });
  });
});
