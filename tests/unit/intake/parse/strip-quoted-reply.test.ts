import { describe, expect, it } from 'vitest';
import { markQuotedText } from '../../../../src/intake/parse/document/mark-quoted-text.js';
import { readPlainText } from '../../../../src/intake/parse/document/read-plain-text.js';
import { stripQuotedReply } from '../../../../src/intake/parse/strip-quoted-reply.js';

/** The lines of a plain-text body that stripQuotedReply keeps as the sender's own. */
const own = (text: string, isForward = false) => stripQuotedReply(markQuotedText(readPlainText(text)), isForward).flatMap((b) => ('lines' in b ? b.lines : [b.kind]));

describe('stripQuotedReply', () => {
  it('drops quoted lines and the attribution above them', () => {
    expect(own('My answer\n\nOn Mon, 5 Oct 2020 at 10:00, BPF <b@x.org> wrote:\n> Name of agreement:\n> Date of launch:')).toEqual(['My answer']);
  });

  it.each(['El lun, 5 oct 2020, BPF escribió:', 'Le lun. 5 oct. 2020 à 10:00, BPF a écrit :'])('knows the attribution %j', (attribution) => {
    expect(own(`Mi respuesta\n${attribution}\n> Nombre del acuerdo:`)).toEqual(['Mi respuesta']);
  });

  // a part is looked through line by line only when its folded text has the words an intro needs
  it.each([
    'Ma réponse\nLE LUN. 5 OCT. 2020 À 10:00, BPF A ÉCRIT :\nLa question',
    'Ma réponse\n\n-----Message d\u2019origine-----\nDe : BPF\nEnvoyé : lundi\nObjet : Appel\n\nLe texte',
    'Ma réponse\n**From:** BPF\n**Sent:** Monday\nThe call',
    'Ma réponse\nOn Mon, Oct 5, 2020 at 10:00 AM BPF <\nbpf@example.org> WROTE:\nold text',
  ])('knows the intro in capitals, with accents or a typographic apostrophe: %j', (text) => {
    expect(own(text)).toEqual(['Ma réponse']);
  });

  it('joins an attribution wrapped over two lines', () => {
    expect(own('Answer\nOn Mon, Oct 5, 2020 at 10:00 AM BPF Cybersecurity <\nbpf@example.org> wrote:\n> old')).toEqual(['Answer']);
  });

  it('keeps answers written under quoted empty labels', () => {
    expect(own('> Name of agreement:\nChristchurch Call\n> Date of launch:\n> Country:\nNorway')).toEqual(['Name of agreement:', 'Christchurch Call', 'Country:', 'Norway']);
  });

  it('keeps answers written between quoted lines below an attribution', () => {
    expect(own('On Mon, 5 Oct 2020, BPF wrote:\n> Which agreements?\nThe Paris Call.\n> Anything else?\nNo.')).toEqual(['The Paris Call.', 'No.']);
  });

  it('cuts an Outlook original-message block', () => {
    expect(own('Answer\n________________________________\nFrom: BPF <b@x.org>\nSent: Monday\nName of agreement:')).toEqual(['Answer', 'separator']);
  });

  it('cuts at "-----Original Message-----" inside a paragraph', () => {
    expect(own('Thanks, Bob\n-----Original Message-----\nFrom: BPF\nName of agreement: old')).toEqual(['Thanks, Bob']);
  });

  it('keeps what follows the header block of a forward', () => {
    expect(own('From: A <a@x.org>\nSent: Monday\nName of agreement: X', true)).toEqual(['Name of agreement: X']);
  });

  it('recognises an inline forward without a "Fwd:" subject', () => {
    expect(own('See below.\nBegin forwarded message:\nFrom: A <a@x.org>\nSubject: input\nName of agreement: X')).toEqual(['See below.', 'Name of agreement: X']);
  });

  it('drops the header lines of an inline forward but keeps its content', () => {
    const text = '---------- Forwarded message ---------\nFrom: Kim <k@x.org>\nDate: Mon, 5 Oct 2020 at 10:00\nSubject: input\nTo: BPF <b@x.org>\n\nName of agreement: X';
    expect(own(text, true)).toEqual(['Name of agreement: X']);
  });

  it('keeps quoted text out of a forward too', () => {
    expect(own('FYI\n---------- Forwarded message ---------\nFrom: Kim <k@x.org>\nDate: Mon\n\nMy list\n> the call quoted by Kim')).toEqual(['FYI', 'My list']);
  });
});
