import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../../../../src/intake/parse/document/document-block.js';
import { extractText } from '../../../../src/intake/parse/extract-text.js';
import { stripQuotedReply } from '../../../../src/intake/parse/strip-quoted-reply.js';
import { LIMITS } from '../../../../src/intake/parse/limits.js';
import type { ExtractorPool } from '../../../../src/intake/parse/worker/create-extractor-pool.js';

const mail = (headers: string, body: string) => Buffer.from(`From: Ana Ruiz <ana@example.org>\r\nTo: bpf@example.org\r\nSubject: input\r\n${headers}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}`, 'latin1');
const lines = (blocks: DocumentBlock[]) => blocks.map((b) => [b.kind, b.quoteDepth, ...('lines' in b ? b.lines : [])]);

describe('extractText on text/plain', () => {
  it('joins format=flowed soft line breaks (DelSp, space-stuffing) and keeps hard ones, in windows-1252 quoted-printable', async () => {
    const body = [
      'Name of agreement: Declaraci=F3n de Santo Domingo sobre la seguridad de=20',
      'las redes',
      'Date of launch: 2019',
      '',
      '> Which agreements does your organisation know?=20',
      '> Any of them.',
      ' From our side: none.',
    ].join('\n');
    const { parts } = await extractText(mail('Content-Type: text/plain; charset=windows-1252; format=flowed; delsp=no\r\nContent-Transfer-Encoding: quoted-printable', body));
    expect(parts.map((p) => p.source)).toEqual(['text/plain']);
    expect(lines(parts[0]!.blocks)).toEqual([
      ['paragraph', 0, 'Name of agreement: Declaración de Santo Domingo sobre la seguridad de las redes', 'Date of launch: 2019'],
      ['paragraph', 1, 'Which agreements does your organisation know? Any of them.'],
      ['paragraph', 0, 'From our side: none.'],
    ]);
  });

  it('removes the space DelSp=yes put before a soft break', async () => {
    const { parts } = await extractText(mail('Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes', 'Christ \nchurch Call\nnext line'));
    expect(lines(parts[0]!.blocks)).toEqual([['paragraph', 0, 'Christchurch Call', 'next line']]);
  });

  it('marks an Outlook original below a reply as an intro with the original one level deeper', async () => {
    const body = 'Name of agreement: Copenhagen Pledge\n\n________________________________\nFrom: BPF <bpf@example.org>\nSent: Monday, October 5, 2020 10:00\nSubject: call\n\nName of agreement:\nDate of launch:';
    const { parts } = await extractText(mail('Content-Type: text/plain; charset=utf-8', body));
    expect(parts[0]!.blocks.map((b) => [b.kind, b.quoteDepth, b.kind === 'paragraph' ? (b.intro ?? null) : null])).toEqual([
      ['paragraph', 0, null],
      ['separator', 0, null],
      ['paragraph', 0, 'reply'],
      ['paragraph', 1, null],
    ]);
    expect(stripQuotedReply(parts[0]!.blocks).map((b) => b.kind)).toEqual(['paragraph', 'separator']);
  });

  it('reads a forwarded message/rfc822 part with the forwarded sender as its from', async () => {
    const inner = 'From: Kwame Mensah <kwame@afcert.example>\r\nSubject: input\r\nContent-Type: text/plain\r\n\r\nName of agreement: Malabo Convention\r\n';
    const raw = mail('Content-Type: multipart/mixed; boundary=b', `--b\nContent-Type: text/plain\n\nFYI\n--b\nContent-Type: message/rfc822\n\n${inner}\n--b--\n`);
    const { parts } = await extractText(raw);
    expect(parts.map((p) => [p.source, p.from?.address, lines(p.blocks)])).toEqual([
      ['text/plain', 'ana@example.org', [['paragraph', 0, 'FYI']]],
      ['message/rfc822 > text/plain', 'kwame@afcert.example', [['paragraph', 0, 'Name of agreement: Malabo Convention']]],
    ]);
  });
});

describe('extractText on attachments', () => {
  it('reads a Word file through mammoth into a heading, a numbered question, a table and bold-led paragraphs', async () => {
    const { parts, warnings } = await extractText(fs.readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/mail/docx-attachment.eml')));
    expect(warnings).toEqual([]);
    const docx = parts.find((p) => p.source === 'attachment:BPF contribution.docx')!;
    const [heading, question, table, ...rest] = docx.blocks;
    expect(heading).toMatchObject({ kind: 'heading', level: 1, lines: ['Contribution to the BPF Cybersecurity 2020'] });
    expect(question).toMatchObject({ kind: 'list-item', marker: 'number', number: '3' });
    expect(table!.kind === 'table' && table!.rows.map((r) => [r[0]!.strongLead, r[1]!.lines.join(' ')])).toEqual([
      ['Name of agreement', 'Cybersecurity Tech Accord'],
      ['Date of launch', 'April 2018'],
      ['Stakeholders party to the agreement', 'Global technology companies'],
      ['Number or link to list of signatories', 'https://cybertechaccord.org/signatories/'],
      ['Which organization maintains the agreement?', 'Tech Accord secretariat, info@techaccord.example'],
      ['Does the agreement include any of the UN-GGE consensus norms?', 'Vulnerability disclosure and protection of users against attacks.'],
    ]);
    expect(rest.map((b) => (b.kind === 'paragraph' ? b.strongLead : b.kind))).toEqual([
      'Name of agreement:',
      'Date of launch:',
      'Stakeholders party to the agreement:',
      'Which organization maintains the agreement?',
      null,
      'Name',
      'Affiliation',
      'Country',
    ]);
  });
});

describe('extractText time budget', () => {
  it('gives each document at most MAX_DOCUMENT_MS, and what is left of the message\'s MAX_MESSAGE_EXTRACTION_MS', async () => {
    const given: number[] = [];
    const slowPool: ExtractorPool = {
      run: async (job, timeoutMs) => {
        given.push(timeoutMs);
        return { blocks: [], warnings: [], ms: Math.min(timeoutMs, 2_500) };
      },
      stop: async () => undefined,
    };
    const pdf = (n: number) => `--b\nContent-Type: application/pdf; name="d${n}.pdf"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQ=\n`;
    await extractText(mail('Content-Type: multipart/mixed; boundary=b', `--b\nContent-Type: text/plain\n\nsee attached\n${pdf(1)}${pdf(2)}${pdf(3)}--b--\n`), slowPool);
    expect(LIMITS.MAX_MESSAGE_EXTRACTION_MS - 2_500).toBeLessThan(LIMITS.MAX_DOCUMENT_MS);
    expect(given).toEqual([LIMITS.MAX_DOCUMENT_MS, LIMITS.MAX_MESSAGE_EXTRACTION_MS - 2_500, 0]);
  });
});
