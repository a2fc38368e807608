import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/** The few pdfkit calls used here (the devDependency ships no types). */
interface PdfDoc {
  text(text: string): PdfDoc;
  moveDown(): PdfDoc;
  on(event: string, listener: (chunk: Buffer) => void): void;
  end(): void;
}
const pdfkit: string = 'pdfkit';

/** A contribution as structured data, to be written out in every layout. */
export interface Sample {
  id: string;
  contributor: { name: string | null; affiliation: string | null; country: string | null; anonymous: boolean };
  agreements: Array<{ name: string; launchYear: number; parties: string; maintainer: string }>;
}

export const LAYOUTS = ['plain', 'outlook-html', 'gmail-next-line', 'markdown', 'docx-table', 'pdf-letter', 'flowed-qp-1252', 'forwarded', 'reply-all'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The answer on the norms, the same for every sample: its suggested norm elements must not depend on layout. */
const NORMS = 'It covers the protection of critical infrastructure and cooperation on incident response.';
const LABELS = ['Name of agreement', 'Date of launch', 'Stakeholders party to the agreement', 'Which organization maintains the agreement?', 'Does the agreement include any of the UN-GGE norms?'];
const PS = 'P.S. Please do not publish my name.';

const fieldsOf = (a: Sample['agreements'][number]) => [a.name, String(a.launchYear), a.parties, a.maintainer, NORMS];
const about = (s: Sample): Array<[string, string]> =>
  [['Name', s.contributor.anonymous ? "I'd rather not be named" : s.contributor.name], ['Affiliation', s.contributor.affiliation], ['Country', s.contributor.country]].filter((x): x is [string, string] => Boolean(x[1]));
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function plainText(s: Sample): string {
  const blocks = s.agreements.map((a) => fieldsOf(a).map((v, i) => `${LABELS[i]}${LABELS[i]!.endsWith('?') ? '' : ':'} ${v}`).join('\n'));
  return `Dear BPF team,\n\nOur contribution follows.\n\n${blocks.join('\n\n')}\n\nAbout you\n${about(s).map(([l, v]) => `${l}: ${v}`).join('\n')}\n`;
}

function mail(headers: { from: string; subject: string; id: string }, mime: string): Buffer {
  const head = `From: ${headers.from}\nTo: bpf-cybersecurity-contribution@intgovforum.org\nSubject: ${headers.subject}\nDate: Tue, 13 Oct 2020 10:00:00 +0000\nMessage-ID: <${headers.id}@layouts.example>\nMIME-Version: 1.0\n`;
  return Buffer.from(`${head}${mime}`.replace(/\r?\n/g, '\r\n'), 'utf8');
}
export const textPart = (body: string) => `Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64\n\n${Buffer.from(body).toString('base64').replace(/.{76}/g, '$&\n')}\n`;
export const htmlPart = (body: string) => `Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: base64\n\n${Buffer.from(`<html><body>${body}</body></html>`).toString('base64').replace(/.{76}/g, '$&\n')}\n`;
const attached = (type: string, name: string, body: string, data: Buffer) =>
  `Content-Type: multipart/mixed; boundary="lay"\n\n--lay\n${textPart(body)}--lay\nContent-Type: ${type}; name="${name}"\nContent-Disposition: attachment; filename="${name}"\nContent-Transfer-Encoding: base64\n\n${data.toString('base64').replace(/.{76}/g, '$&\n')}\n--lay--\n`;

/** RFC 3676 format=flowed: long lines soft-broken after a space; then quoted-printable over windows-1252 bytes. */
export function flowedQp(text: string): string {
  const flowed = text.split('\n').flatMap((line) => {
    const out: string[] = [];
    let rest = line;
    while (rest.length > 50 && rest.indexOf(' ', 40) > 0) {
      const at = rest.indexOf(' ', 40) + 1;
      out.push(rest.slice(0, at));
      rest = rest.slice(at);
    }
    return [...out, rest];
  });
  // windows-1252 and latin1 agree on every letter these samples use
  return flowed
    .map((line) => [...Buffer.from(line, 'latin1')].map((b) => (b >= 0x80 || b === 0x3d ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b))).join('').replace(/ $/, '=20').replace(/(.{70})(?=.)/g, '$1=\n'))
    .join('\n');
}

export async function docxTables(s: Sample): Promise<Buffer> {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const children: Array<Paragraph | Table> = [new Paragraph('Contribution to the BPF Cybersecurity')];
  for (const a of s.agreements) {
    children.push(new Table({ rows: [new TableRow({ children: [cell('Question', true), cell('Answer', true)] }), ...fieldsOf(a).map((v, i) => new TableRow({ children: [cell(LABELS[i]!, true), cell(v)] }))] }));
    children.push(new Paragraph(''));
  }
  children.push(new Paragraph({ children: [new TextRun({ text: 'About you', bold: true })], alignment: AlignmentType.LEFT }));
  for (const [l, v] of about(s)) children.push(new Paragraph(`${l}: ${v}`));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

export async function pdfLetter(s: Sample): Promise<Buffer> {
  const { default: PDFDocument } = (await import(pdfkit)) as { default: new (options: object) => PdfDoc };
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margin: 60, info: { CreationDate: new Date('2020-10-13T00:00:00Z') } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text('Dear members of the Best Practice Forum,').moveDown();
    for (const a of s.agreements) {
      fieldsOf(a).forEach((v, i) => doc.text(`${i + 1}. ${LABELS[i]}${LABELS[i]!.endsWith('?') ? '' : ':'} ${v}`));
      doc.moveDown();
    }
    const signature = ['Yours sincerely,', s.contributor.name ?? 'Jordan Doe', s.contributor.affiliation, s.contributor.country].filter((x): x is string => Boolean(x));
    for (const line of signature) doc.text(line);
    if (s.contributor.anonymous) doc.moveDown().text(PS);
    doc.end();
  });
}

/** The sample written as the mail `layout` describes; `other` is someone else's contribution a reply-all quotes. */
export async function renderLayout(s: Sample, layout: Layout, other: Sample): Promise<Buffer> {
  const headers = { from: `Contributor <c-${s.id.toLowerCase()}@layouts.example>`, subject: 'BPF contribution', id: `${s.id}-${layout}` };
  const rows = (a: Sample['agreements'][number]) => fieldsOf(a).map((v, i) => [LABELS[i]!, v] as const);
  switch (layout) {
    case 'plain':
      return mail(headers, textPart(plainText(s)));
    case 'outlook-html':
      return mail(headers, htmlPart(`<p>Dear BPF team,</p>${s.agreements.map((a) => rows(a).map(([l, v], i) => `<p class=MsoNormal><b>${i + 1}. ${escape(l)}${l.endsWith('?') ? '' : ':'}</b> ${escape(v)}</p>`).join('')).join('<p>&nbsp;</p>')}<p><b>About you</b></p>${about(s).map(([l, v]) => `<p><b>${l}:</b> ${escape(v)}</p>`).join('')}`));
    case 'gmail-next-line':
      return mail(headers, htmlPart(`<div dir="ltr"><div>Hi,</div><div><br></div>${s.agreements.map((a) => rows(a).map(([l, v]) => `<div>${escape(l)}</div><div>${escape(v)}</div>`).join('')).join('<div><br></div>')}<div><br></div><div>About you</div>${about(s).map(([l, v]) => `<div>${l}</div><div>${escape(v)}</div>`).join('')}</div>`));
    case 'markdown':
      return mail(headers, textPart(`Hello,\n\n${s.agreements.map((a) => rows(a).map(([l, v]) => `- **${l}${l.endsWith('?') ? '' : ':'}** ${v}`).join('\n')).join('\n\n')}\n\n## About you\n\n${about(s).map(([l, v]) => `- **${l}:** ${v}`).join('\n')}\n`));
    case 'docx-table':
      return mail(headers, attached('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'contribution.docx', 'Please find our contribution attached.', await docxTables(s)));
    case 'pdf-letter':
      return mail({ ...headers, from: 'Office Assistant <assistant@layouts.example>' }, attached('application/pdf', 'letter.pdf', 'Dear BPF team,\n\nPlease find attached a letter sent on behalf of my director.\n\nBest regards,\nOffice Assistant', await pdfLetter(s)));
    case 'flowed-qp-1252':
      return mail(headers, `Content-Type: text/plain; charset="windows-1252"; format=flowed\nContent-Transfer-Encoding: quoted-printable\n\n${flowedQp(plainText(s))}\n`);
    case 'forwarded':
      return mail({ ...headers, from: 'BPF Secretariat <secretariat@layouts.example>', subject: 'Fwd: BPF contribution' }, textPart(`Forwarding this contribution.\n\n---------- Forwarded message ---------\nFrom: Contributor <c-${s.id.toLowerCase()}@layouts.example>\nDate: Mon, 12 Oct 2020 at 09:00\nSubject: BPF contribution\nTo: BPF <bpf@layouts.example>\n\n${plainText(s)}`));
    case 'reply-all':
      return mail({ ...headers, subject: 'Re: BPF contribution' }, textPart(`${plainText(s)}\nOn Mon, 12 Oct 2020 at 09:00, Someone Else <else@layouts.example> wrote:\n${plainText(other).split('\n').map((l) => `> ${l}`).join('\n')}\n`));
  }
}
