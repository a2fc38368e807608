import { describe, expect, it } from 'vitest';
import { classifyMessage, type MessageTraits } from '../../../../src/intake/parse/classify-message.js';

const traits = (over: Partial<MessageTraits> & { headers?: Record<string, string> } = {}): MessageTraits => ({
  header: (name) => over.headers?.[name] ?? '',
  contentType: 'text/plain',
  reportType: '',
  fromAddress: 'someone@example.org',
  subject: 'Contribution',
  hasQuestionnaire: true,
  ...over,
});

describe('classifyMessage', () => {
  it('classifies a delivery-status report as a bounce', () => {
    expect(classifyMessage(traits({ contentType: 'multipart/report', reportType: 'delivery-status' })).kind).toBe('bounce');
  });

  it('classifies mail from MAILER-DAEMON as a bounce', () => {
    expect(classifyMessage(traits({ fromAddress: 'MAILER-DAEMON@mx.example.org' })).kind).toBe('bounce');
  });

  it.each([
    ['auto-submitted', 'auto-replied'],
    ['precedence', 'auto_reply'],
    ['precedence', 'junk'],
    ['x-autoreply', 'yes'],
    ['x-autorespond', 'on'],
  ])('classifies %s: %s as an auto-reply', (name, value) => {
    expect(classifyMessage(traits({ headers: { [name]: value } })).kind).toBe('auto-reply');
  });

  it.each([
    [{ precedence: 'bulk' }],
    [{ precedence: 'list' }],
    [{ 'list-id': 'CyberPolicy Digest <digest.cyberpolicy.example>' }],
  ])('takes list mail (%j) for "other", not an auto-reply, even with agreement fields', (headers) => {
    expect(classifyMessage(traits({ headers }))).toEqual({ kind: 'other', reason: expect.stringContaining('list mail') });
  });

  it('reads mail relayed by the contribution address\'s own list by its content', () => {
    const headers = { 'list-id': 'BPF contributions <bpf-contrib.igf.example>' };
    expect(classifyMessage(traits({ headers, recipients: ['bpf-contrib@igf.example'] })).kind).toBe('contribution');
  });

  it('does not take Auto-Submitted: no for an auto-reply', () => {
    expect(classifyMessage(traits({ headers: { 'auto-submitted': 'no' } })).kind).toBe('contribution');
  });

  it.each(['Out of Office: BPF call', 'Automatic reply: BPF', 'Réponse automatique : Appel', 'Respuesta automática: Convocatoria', 'Fuera de la oficina'])(
    'classifies the subject %j as an auto-reply',
    (subject) => {
      expect(classifyMessage(traits({ subject, hasQuestionnaire: false })).kind).toBe('auto-reply');
    },
  );

  it('calls a mail without questionnaire content "other"', () => {
    expect(classifyMessage(traits({ hasQuestionnaire: false })).kind).toBe('other');
  });
});

describe('classifyMessage on reports', () => {
  it('classifies a read receipt as an auto-reply', () => {
    expect(classifyMessage(traits({ contentType: 'multipart/report', reportType: 'disposition-notification' })).kind).toBe('auto-reply');
  });
});
