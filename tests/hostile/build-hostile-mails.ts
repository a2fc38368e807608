import zlib from 'node:zlib';
import { deflatedEntry, docxWith, wordXml, type ZipEntry } from './build-zip.js';
import { pdfCyclicTree, pdfDeepArray, pdfManyKids, pdfWithContent, pdfXrefLoop } from './build-pdf.js';
import { seededRandom } from '../helpers/seeded-random.js';

export interface HostileMail {
  name: string;
  category: string;
  raw: Buffer;
  /** the only address an acknowledgement may go to: the From mailbox, or null when none may */
  allowedRecipient: string | null;
}


const QUESTIONNAIRE = 'Name of the agreement: Hostile Test Accord\r\nDate of launch: 2019\r\nParties: States\r\n\r\nAbout you\r\nName: Test Person\r\n';
const MAX_HTML_CHARS = 2 * 1024 * 1024;

interface Head {
  from?: string;
  subject?: string;
  contentType?: string;
  extra?: string[];
  /** allowed recipient when From is not a plain address */
  allowed?: string | null;
}

/**
 * Builds the hostile corpus: at least 1,000 mails over ten kinds of trouble. Each has a unique
 * Message-ID, so none is a duplicate of another.
 */
export function buildHostileMails(): HostileMail[] {
  const rnd = seededRandom(20_260_302);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const mails: HostileMail[] = [];
  let n = 0;

  function add(category: string, head: Head, body: Buffer | string, rawOverride?: Buffer): void {
    n++;
    const from = head.from ?? `Sender ${n} <sender${n}@example.org>`;
    const lines = [
      `From: ${from}`,
      'To: contribution@bpf.example',
      `Subject: ${head.subject ?? `Hostile ${category} ${n}`}`,
      'Date: Mon, 02 Mar 2026 09:00:00 +0000',
      `Message-ID: <hostile-${n}@example.org>`,
      'MIME-Version: 1.0',
      ...(head.contentType === '' ? [] : [`Content-Type: ${head.contentType ?? 'text/plain; charset=utf-8'}`]),
      ...(head.extra ?? []),
    ];
    const raw = rawOverride ?? Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8')]);
    const plain = /^[^<>"\s,]+@[^<>"\s,]+$/.test(from) ? from : /^Sender \d+ <([^>]+)>$/.exec(from)?.[1] ?? null;
    mails.push({ name: `${String(n).padStart(4, '0')}-${category}.eml`, category, raw, allowedRecipient: head.allowed !== undefined ? head.allowed : plain });
  }

  const multipart = (boundary: string, parts: Array<{ type: string; body: Buffer | string; encoding?: string; filename?: string }>, close = true) =>
    Buffer.concat([
      ...parts.flatMap((p) => [
        Buffer.from(
          `--${boundary}\r\nContent-Type: ${p.type}${p.filename ? `; name="${p.filename}"` : ''}\r\n${p.encoding ? `Content-Transfer-Encoding: ${p.encoding}\r\n` : ''}${p.filename ? `Content-Disposition: attachment; filename="${p.filename}"\r\n` : ''}\r\n`,
        ),
        Buffer.isBuffer(p.body) ? p.body : Buffer.from(p.body, 'utf8'),
        Buffer.from('\r\n'),
      ]),
      Buffer.from(close ? `--${boundary}--\r\n` : ''),
    ]);
  const attach = (type: string, filename: string, bytes: Buffer) =>
    multipart('b1', [
      { type: 'text/plain; charset=utf-8', body: 'Please find our contribution attached.' },
      { type, body: bytes.toString('base64').replace(/.{76}/g, '$&\r\n'), encoding: 'base64', filename },
    ]);

  // 1. broken MIME (210)
  const validMail = Buffer.from(`From: Mutant <mutant@example.org>\r\nSubject: valid\r\nContent-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\n${QUESTIONNAIRE}\r\n--x--\r\n`);
  const brokenMime: Array<() => [Head, string | Buffer]> = [
    () => [{ contentType: 'multipart/mixed' }, QUESTIONNAIRE],
    () => [{ contentType: 'multipart/mixed; boundary="never"' }, QUESTIONNAIRE],
    () => [{ contentType: 'multipart/mixed; boundary="b1"' }, `--b1\r\nContent-Type: text/plain\r\n\r\n${QUESTIONNAIRE}`],
    () => [{ contentType: 'multipart/mixed; boundary="b1"' }, `--b1\r\nContent-Type: multipart/alternative; boundary="b2"\r\n\r\n--b2\r\nContent-Type: text/html\r\n\r\n<p>${QUESTIONNAIRE}`],
    () => [{ contentType: 'text/plain; charset=utf-8', extra: ['Content-Transfer-Encoding: base64'] }, '!!!not base64 at all###\r\n' + 'QUJD'.repeat(100) + '===='],
    () => [{ contentType: 'text/plain; charset=utf-8', extra: ['Content-Transfer-Encoding: quoted-printable'] }, `=ZZ=\r\n=${'=3D'.repeat(500)}=\r\n${QUESTIONNAIRE}`],
    () => [{ contentType: 'text/plain', extra: ['Content-Transfer-Encoding: x-uuencode-broken'] }, QUESTIONNAIRE],
    () => [{ contentType: 'application/octet-stream' }, Buffer.from(Array.from({ length: 5000 }, () => Math.floor(rnd() * 256)))],
    () => [{ contentType: 'text/plain', extra: ['Broken header without colon', ': empty name', 'X-Null: a\u0000b'] }, QUESTIONNAIRE],
    () => [{ contentType: `multipart/mixed; boundary="${'b'.repeat(300)}"` }, multipart('b'.repeat(300), [{ type: 'text/plain', body: QUESTIONNAIRE }])],
    () => [{ contentType: 'multipart/mixed; boundary="n"' }, '--n\r\nContent-Type: multipart/mixed; boundary="n"\r\n\r\n'.repeat(2000)],
    () => [{ contentType: 'multipart/mixed; boundary="a"' }, Array.from({ length: 300 }, (_, i) => `--a\r\nContent-Type: multipart/mixed; boundary="a${i}"\r\n\r\n--a${i}\r\n`).join('')],
    () => [{ contentType: 'message/rfc822' }, 'not a message'],
    () => [{ contentType: 'text/html; charset=utf-8', extra: ['Content-Transfer-Encoding: base64'] }, Buffer.from(`<p>${QUESTIONNAIRE}</p>`).toString('base64').slice(0, -7)],
  ];
  for (let i = 0; i < 150; i++) {
    const [head, body] = brokenMime[i % brokenMime.length]!();
    add('broken-mime', head, body);
  }
  for (let i = 0; i < 60; i++) {
    // random byte damage to the body of a valid mail: the mutations a broken relay makes (the
    // header stays whole, so the allowed recipient is known)
    const m = Buffer.from(validMail);
    const bodyStart = m.indexOf('\r\n\r\n') + 4;
    for (let k = 0; k < 1 + Math.floor(rnd() * 20); k++) m[bodyStart + Math.floor(rnd() * (m.length - bodyStart))] = Math.floor(rnd() * 256);
    add('broken-mime', { allowed: 'mutant@example.org' }, '', Buffer.concat([Buffer.from(`Message-ID: <hostile-mut-${i}@example.org>\r\n`), m]));
  }

  // 2. wrong and unknown charsets (160)
  const latin1 = Buffer.from('Name of the agreement: Accord de Genève sur la sécurité\r\nParties: États\r\n', 'latin1');
  const utf8 = Buffer.from('Name of the agreement: Договор о кибербезопасности 東京\r\n', 'utf8');
  const charsetCases: Array<[string, Buffer]> = [
    ['utf-8', latin1],
    ['iso-8859-1', utf8],
    ['x-unknown-charset', utf8],
    ['utf-7', Buffer.from('+AGEAYgBj- Name of the agreement: +ZeVnLA-')],
    ['utf-16', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42])],
    ['utf-16be', utf8],
    ['shift_jis', utf8],
    ['gb18030', latin1],
    ['koi8-r', utf8],
    ['', utf8],
    ['"', utf8],
    ['utf-8; format=flowed; delsp=yes', Buffer.concat([utf8, Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1])])],
    ['big5-hkscs-2099', latin1],
    ['ISO-2022-JP', Buffer.from('\x1b$B%F%9%H\x1b(B Name of the agreement: Accord', 'latin1')],
    ['windows-1252', Buffer.from([0x80, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x41])],
  ];
  for (let i = 0; i < 160; i++) {
    const [charset, body] = charsetCases[i % charsetCases.length]!;
    const encodedSubject = pick(['=?x-unknown?q?Hello=20world?=', '=?utf-8?b?////?=', '=?iso-8859-1?q?Gen=E8ve?=', '=?utf-8?q?=C3?=', 'Plain ünïcödé 8-bit']);
    add('charset', { contentType: `text/plain; charset=${charset}`, subject: encodedSubject, extra: i % 3 === 0 ? ['X-Raw: \xff\xfe'] : [] }, Buffer.concat([body, Buffer.from(QUESTIONNAIRE)]));
  }

  // 3. deep forwards (60): message/rfc822 nested up to 50 deep, and 50 inline forwards
  for (let i = 0; i < 30; i++) {
    const depth = 5 + Math.floor((i / 29) * 45);
    let inner = Buffer.from(`From: Original <original@example.org>\r\nSubject: contribution\r\nContent-Type: text/plain\r\n\r\n${QUESTIONNAIRE}`);
    for (let d = 0; d < depth; d++) {
      inner = Buffer.concat([
        Buffer.from(`From: Forwarder ${d} <fwd${d}@example.org>\r\nSubject: Fwd: contribution\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="f${d}"\r\n\r\n--f${d}\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--f${d}\r\nContent-Type: message/rfc822\r\n\r\n`),
        inner,
        Buffer.from(`\r\n--f${d}--\r\n`),
      ]);
    }
    const body = inner.subarray(inner.indexOf('\r\n\r\n') + 4);
    add('deep-forward', { subject: 'Fwd: contribution', contentType: `multipart/mixed; boundary="f${depth - 1}"` }, body);
  }
  for (let i = 0; i < 30; i++) {
    const depth = 10 + Math.floor((i / 29) * 40);
    let text = QUESTIONNAIRE;
    for (let d = 0; d < depth; d++) {
      text = i % 2 === 0 ? `---------- Forwarded message ---------\r\nFrom: Person ${d} <p${d}@example.org>\r\nSubject: Fwd: x\r\n\r\n${text}` : `On Mon, someone wrote:\r\n${text.split('\r\n').map((l) => `> ${l}`).join('\r\n')}`;
    }
    add('deep-forward', { subject: `Fwd: ${'Fwd: '.repeat(depth)}contribution` }, text);
  }

  // 4. unclosed-tag HTML up to the size limit (80)
  const htmlSizes = [10_000, 80_000, 400_000, 1_000_000, MAX_HTML_CHARS, MAX_HTML_CHARS + 500_000];
  const htmlKinds = [
    (size: number) => '<a'.repeat(size / 2),
    (size: number) => `<div class="${'x'.repeat(size)}`,
    (size: number) => `<!--${'-'.repeat(size)}`,
    (size: number) => `<p>${QUESTIONNAIRE}</p><script>${'if(a<b){'.repeat(size / 8)}`,
    (size: number) => '<table><tr><td>'.repeat(size / 15),
    (size: number) => '<b><i><u>'.repeat(size / 9),
    (size: number) => `<p title='${"<a href='".repeat(size / 9)}`,
    (size: number) => '&#x'.repeat(size / 3),
  ];
  for (let i = 0; i < 80; i++) {
    const size = htmlSizes[i % htmlSizes.length]!;
    add('unclosed-html', { contentType: 'text/html; charset=utf-8' }, htmlKinds[Math.floor(i / htmlSizes.length) % htmlKinds.length]!(size));
  }

  // 5. docx bombs (40)
  const bombXml = (bytes: number) => {
    const head = wordXml('<w:p><w:r><w:t>Name of the agreement: Bomb Accord</w:t></w:r></w:p><w:p><w:r><w:t>');
    return Buffer.concat([Buffer.from(head.slice(0, head.lastIndexOf('</w:body>'))), Buffer.alloc(bytes, 'A'), Buffer.from('</w:t></w:r></w:p></w:body></w:document>')]);
  };
  const big = deflatedEntry('word/document.xml', bombXml(200 * 1024 * 1024));
  const lying: ZipEntry = { ...big, declaredSize: 4_000 };
  const docxCases: Array<() => Buffer> = [
    () => docxWith(big),
    () => docxWith(lying),
    () => docxWith(deflatedEntry('word/document.xml', Buffer.from(wordXml('<w:p><w:r><w:t>Name of the agreement: Many</w:t></w:r></w:p>'))), Array.from({ length: 5_000 }, (_, k) => deflatedEntry(`word/media/x${k}.bin`, Buffer.from('x')))),
    () => docxWith(deflatedEntry('word/document.xml', Buffer.from(wordXml('<w:p>'.repeat(100_000) + '</w:p>'.repeat(100_000))))),
    () =>
      docxWith(
        deflatedEntry(
          'word/document.xml',
          Buffer.from(
            `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, k) => `<!ENTITY ${String.fromCharCode(98 + k)} "${`&${String.fromCharCode(97 + k)};`.repeat(10)}">`).join('')}]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>`,
          ),
        ),
      ),
    () => docxWith({ ...deflatedEntry('word/document.xml', Buffer.from('x')), data: Buffer.from([0xff, 0xff, 0xff]) }),
    () => Buffer.concat([docxWith(big).subarray(0, 50_000)]),
    () => docxWith(deflatedEntry('word/document.xml', Buffer.concat([docxWith(big)]))),
  ];
  const docxBytes = docxCases.map((c) => c());
  for (let i = 0; i < 40; i++) add('docx-bomb', { contentType: 'multipart/mixed; boundary="b1"' }, attach('application/vnd.openxmlformats-officedocument.wordprocessingml.document', `contribution-${i}.docx`, docxBytes[i % docxBytes.length]!));

  // 6. PDF bombs (40): compressed streams that inflate to hundreds of MB
  const textOps = (bytes: number) => Buffer.alloc(bytes, 'BT /F1 12 Tf 72 712 Td (Name of the agreement: Bomb Accord) Tj ET\n');
  const pdfBombs = [pdfWithContent(textOps(50 * 1024 * 1024)), pdfWithContent(textOps(200 * 1024 * 1024)), pdfWithContent(Buffer.alloc(300 * 1024 * 1024, ' ')), pdfWithContent(Buffer.alloc(100 * 1024 * 1024, '(A) Tj '))];
  for (let i = 0; i < 40; i++) add('pdf-bomb', { contentType: 'multipart/mixed; boundary="b1"' }, attach('application/pdf', `bomb-${i}.pdf`, pdfBombs[i % pdfBombs.length]!));

  // 7. endless PDFs (40)
  const endless = [pdfCyclicTree(), pdfManyKids(100_000), pdfManyKids(10, 1_000_000_000), pdfDeepArray(100_000), pdfXrefLoop(), pdfWithContent(Buffer.alloc(40 * 1024 * 1024, '0 0 m 1 1 l S\n')), pdfWithContent(Buffer.from(`BT ${'[('.repeat(50_000)}`))];
  for (let i = 0; i < 40; i++) add('endless-pdf', { contentType: 'multipart/mixed; boundary="b1"' }, attach('application/pdf', `endless-${i}.pdf`, endless[i % endless.length]!));

  // 8. header injection (130)
  const injections: Array<Head> = [
    { subject: '=?utf-8?q?Contribution=0D=0ABcc:_victim@target.example?=' },
    { subject: '=?utf-8?b?' + Buffer.from('Hi\r\nBcc: victim@target.example\r\nX-Injected: 1').toString('base64') + '?=' },
    { subject: 'Hi\rBcc: victim@target.example' },
    { subject: 'Hi', extra: ['In-Reply-To: <a@b>\r\n\tBcc: victim@target.example'] },
    { from: '=?utf-8?q?Ada=0D=0ABcc:_victim@target.example?= <ada@example.org>', allowed: 'ada@example.org' },
    { subject: `${'A'.repeat(5000)}\r\n Bcc: victim@target.example` },
    { subject: 'Hi', extra: ['Content-Type: text/plain; charset="utf-8\r\nBcc: victim@target.example"'] },
    { subject: 'Hi\u0000\u0007\u001b[31m', extra: ['X-Control: \u0000\u0001'] },
  ];
  for (let i = 0; i < 130; i++) {
    const inj = injections[i % injections.length]!;
    // a Message-ID with a line break is written after the builder's own
    add('header-injection', { ...inj, extra: [...(inj.extra ?? []), ...(i % 4 === 0 ? ['References: <r@x>\r\n\r\nBody-Injection: yes'] : [])] }, QUESTIONNAIRE);
  }

  // 9. spoofed From with display-name addresses (160)
  const spoofs: Array<Head> = [
    { from: '"victim@target.example" <attacker@evil.example>', allowed: 'attacker@evil.example' },
    { from: 'victim@target.example <attacker@evil.example>', allowed: null },
    { from: '=?utf-8?q?victim=40target.example?= <attacker@evil.example>', allowed: 'attacker@evil.example' },
    { from: 'victim@target.example, attacker@evil.example', allowed: null },
    { from: 'Friends: victim@target.example;', allowed: null },
    { from: 'attacker@evil.example', extra: ['Reply-To: victim@target.example'], allowed: 'attacker@evil.example' },
    { from: 'attacker@evil.example', extra: ['From: victim@target.example'], allowed: null },
    { from: 'Mallory', allowed: null },
    { from: '<>', allowed: null },
    { from: '"john doe"@target.example', allowed: null },
    { from: 'user@[192.0.2.1]', allowed: null },
    { from: 'noreply@target.example', allowed: null },
    { from: 'normbot@bpf.example', allowed: null },
    { from: 'attacker@evil.example', extra: ['List-Id: <list.evil.example>'], allowed: null },
    { from: 'attacker@evil.example', extra: ['Precedence: bulk'], allowed: null },
    { from: 'attacker@evil.example', extra: ['Sender: victim@target.example'], allowed: 'attacker@evil.example' },
    { from: `"${'x'.repeat(3000)}" <attacker@evil.example>`, allowed: null },
    { from: 'attacker(victim@target.example)@evil.example', allowed: 'attacker@evil.example' },
  ];
  for (let i = 0; i < 160; i++) {
    const s = spoofs[i % spoofs.length]!;
    const body = `${QUESTIONNAIRE}E-mail: victim@target.example\r\nContact: <mailto:victim@target.example>\r\n`;
    add('spoofed-from', { ...s, from: s.from!.replace('attacker', `attacker${i}`), allowed: s.allowed ? s.allowed.replace('attacker', `attacker${i}`) : null }, body);
  }

  // 10. long lines (100)
  const longCases: Array<() => [Head, string | Buffer]> = [
    () => [{}, `Name of the agreement: ${'Long '.repeat(200_000)}`],
    () => [{}, 'x'.repeat(5_000_000)],
    () => [{ extra: [`X-Long: ${'y'.repeat(1_000_000)}`] }, QUESTIONNAIRE],
    () => [{ extra: Array.from({ length: 20_000 }, (_, k) => `X-H${k}: v`) }, QUESTIONNAIRE],
    () => [{ subject: 'S'.repeat(100_000) }, QUESTIONNAIRE],
    () => [{}, `${QUESTIONNAIRE}${'a,'.repeat(1_000_000)}`],
    () => [{}, `Parties: ${'State; '.repeat(300_000)}`],
    () => [{ contentType: 'text/html; charset=utf-8' }, `<p>${'word '.repeat(1_000_000)}</p>`],
    () => [{}, zlib.deflateRawSync(Buffer.alloc(1000)).toString('latin1').repeat(1000)],
    () => [{}, `Name of the agreement: ${'aaaa@bbbb.'.repeat(100_000)}`],
  ];
  for (let i = 0; i < 100; i++) {
    const [head, body] = longCases[i % longCases.length]!();
    add('long-lines', head, body);
  }
  return mails;
}
