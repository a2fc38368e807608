import { describe, expect, it } from 'vitest';
import { stripQuotedReply } from '../../../../src/intake/parse/strip-quoted-reply.js';

describe('stripQuotedReply', () => {
  it('drops quoted lines and the attribution above them', () => {
    expect(stripQuotedReply('My answer\n\nOn Mon, 5 Oct 2020 at 10:00, BPF <b@x.org> wrote:\n> Name of agreement:\n> Date of launch:')).toBe('My answer\n');
  });

  it.each(['El lun, 5 oct 2020, BPF escribió:', 'Le lun. 5 oct. 2020 à 10:00, BPF a écrit :'])('knows the attribution %j', (attribution) => {
    expect(stripQuotedReply(`Mi respuesta\n${attribution}\n> Nombre del acuerdo:`)).toBe('Mi respuesta');
  });

  it('joins an attribution wrapped over two lines', () => {
    expect(stripQuotedReply('Answer\nOn Mon, Oct 5, 2020 at 10:00 AM BPF Cybersecurity <\nbpf@example.org> wrote:\n> old')).toBe('Answer');
  });

  it('keeps answers written under quoted empty labels', () => {
    expect(stripQuotedReply('> Name of agreement:\nChristchurch Call\n> Date of launch:\n> Country:\nNorway')).toBe('Name of agreement:\nChristchurch Call\nCountry:\nNorway');
  });

  it('cuts an Outlook original-message block', () => {
    expect(stripQuotedReply('Answer\n________________________________\nFrom: BPF <b@x.org>\nSent: Monday\nName of agreement:')).toBe('Answer\n________________________________');
  });

  it('keeps what follows the header block of a forward', () => {
    expect(stripQuotedReply('From: A <a@x.org>\nSent: Monday\nName of agreement: X', true)).toBe('Name of agreement: X');
  });

  it('recognises an inline forward without a "Fwd:" subject', () => {
    expect(stripQuotedReply('See below.\nBegin forwarded message:\nFrom: A <a@x.org>\nSubject: input\nName of agreement: X')).toBe('See below.\nName of agreement: X');
  });

  it('drops the header lines of an inline forward but keeps its content', () => {
    const text = '---------- Forwarded message ---------\nFrom: Kim <k@x.org>\nDate: Mon, 5 Oct 2020 at 10:00\nSubject: input\nTo: BPF <b@x.org>\n\nName of agreement: X';
    expect(stripQuotedReply(text, true)).toBe('\nName of agreement: X');
  });
});
