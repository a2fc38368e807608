import { docxTables, flowedQp, htmlPart, pdfLetter, textPart, type Sample } from './render-layouts.js';

/**
 * A contributor's reply to one of our mails, written out as the mail programs people use write
 * it: where the quote goes, how it is introduced (in the reader's language), HTML or plain text,
 * attachments. The words are the same in every layout: what intake understands must not depend
 * on the layout.
 */
export interface ReplyCase {
  id: string;
  lang: 'en' | 'fr' | 'es';
  /** the contributor's own words: paragraphs separated by a blank line */
  text: string;
  /** another agreement sent as a document with the reply */
  attachment?: { kind: 'docx' | 'pdf'; sample: Sample };
}

/** The mail answered, as the contributor's mail program received it. */
export interface Answered {
  subject: string;
  body: string;
  messageId: string;
  references: string;
  from: { name: string; address: string };
}

export const REPLY_LAYOUTS = ['gmail', 'outlook-desktop', 'outlook-web', 'apple-mail', 'thunderbird', 'flowed-qp-1252', 'bottom-post', 'original-message'] as const;
export type ReplyLayout = (typeof REPLY_LAYOUTS)[number];

const DATE = { en: 'Mon, 2 Mar 2026 at 10:00', fr: 'lun. 2 mars 2026 à 10:00', es: 'lun, 2 mar 2026 a las 10:00' };
/** Gmail's and Apple Mail's "On … wrote:" in the reader's language */
function attribution(lang: ReplyCase['lang'], from: Answered['from'], program: 'gmail' | 'apple' | 'thunderbird'): string {
  const who = program === 'thunderbird' ? from.name : `${from.name} <${from.address}>`;
  if (program === 'apple') return { en: `On 2 Mar 2026, at 10:00, ${who} wrote:`, fr: `Le 2 mars 2026 à 10:00, ${who} a écrit :`, es: `El 2 mar 2026, a las 10:00, ${who} escribió:` }[lang];
  if (program === 'thunderbird') return { en: `On 02/03/2026 10:00, ${who} wrote:`, fr: `Le 02/03/2026 à 10:00, ${who} a écrit :`, es: `El 02/03/2026 a las 10:00, ${who} escribió:` }[lang];
  return { en: `On ${DATE.en}, ${who} wrote:`, fr: `Le ${DATE.fr}, ${who} a écrit :`, es: `El ${DATE.es}, ${who} escribió:` }[lang];
}
/** Outlook's header of the original, in the reader's language */
function outlookHeader(lang: ReplyCase['lang'], answered: Answered, to: string): Array<[string, string]> {
  const labels = { en: ['From', 'Sent', 'To', 'Subject'], fr: ['De\u00a0', 'Envoyé\u00a0', 'À\u00a0', 'Objet\u00a0'], es: ['De', 'Enviado el', 'Para', 'Asunto'] }[lang];
  const sent = { en: 'Monday, March 2, 2026 10:00 AM', fr: 'lundi 2 mars 2026 10:00', es: 'lunes, 2 de marzo de 2026 10:00' }[lang];
  return [[labels[0]!, `${answered.from.name} <${answered.from.address}>`], [labels[1]!, sent], [labels[2]!, to], [labels[3]!, answered.subject]];
}
const ORIGINAL_MESSAGE = { en: '-----Original Message-----', fr: '-----Message d\'origine-----', es: '-----Mensaje original-----' };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = (text: string) => (text.trim() === '' ? [] : text.trim().split(/\n\s*\n/).map((p) => p.split('\n')));
const quote = (body: string) => body.trimEnd().split('\n').map((l) => (l === '' ? '>' : `> ${l}`)).join('\n');
const htmlLines = (body: string) => body.trimEnd().split('\n').map(esc).join('<br>\n');

/** The reply's plain-text and HTML bodies as the layout writes them (html null: plain text only). */
function bodies(c: ReplyCase, layout: ReplyLayout, answered: Answered, me: string): { text: string; html: string | null; flowed?: boolean } {
  const own = paragraphs(c.text);
  const ownText = own.map((p) => p.join('\n')).join('\n\n');
  const top = ownText === '' ? '' : `${ownText}\n\n`;
  switch (layout) {
    case 'gmail': {
      const attr = attribution(c.lang, answered.from, 'gmail');
      const html = `<div dir="ltr">${own.map((p) => p.map((l) => `<div>${esc(l)}</div>`).join('')).join('<div><br></div>')}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${esc(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${htmlLines(answered.body)}</blockquote></div>`;
      return { text: `${top}${attr}\n\n${quote(answered.body)}\n`, html };
    }
    case 'outlook-desktop': {
      const header = outlookHeader(c.lang, answered, me);
      const p = (l: string) => `<p class=MsoNormal><span lang=EN-GB>${l === '' ? '&nbsp;' : esc(l)}<o:p></o:p></span></p>`;
      const html = `<div class=WordSection1>${own.map((x) => x.map(p).join('')).join(p(''))}${p('')}<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>${header.map(([l, v]) => `<b><span lang=EN-US>${esc(l)}:</span></b><span lang=EN-US> ${esc(v)}`).join('<br>')}<o:p></o:p></span></p></div></div>${p('')}${answered.body.trimEnd().split('\n').map(p).join('')}</div>`;
      return { text: `${top}${header.map(([l, v]) => `${l}: ${v}`).join('\n')}\n\n${answered.body}`, html };
    }
    case 'outlook-web': {
      const header = outlookHeader(c.lang, answered, me);
      const html = `<div dir="ltr">${own.map((x) => `<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">${x.map(esc).join('<br>')}</div>`).join('<div><br></div>')}</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">${header.map(([l, v]) => `<b>${esc(l)}:</b> ${esc(v)}`).join('<br>')}</font><div>&nbsp;</div></div><div class="BodyFragment"><font size="2"><span style="font-size:11pt;"><div class="PlainText">${htmlLines(answered.body)}</div></span></font></div>`;
      return { text: `${top}________________________________\n${header.map(([l, v]) => `${l}: ${v}`).join('\n')}\n\n${answered.body}`, html };
    }
    case 'apple-mail': {
      // Apple Mail puts its attribution inside the quote
      const attr = attribution(c.lang, answered.from, 'apple');
      const html = `${own.map((x) => x.map((l) => `<div>${esc(l)}</div>`).join('')).join('<div><br></div>')}<div><br><blockquote type="cite"><div>${esc(attr)}</div><br class="Apple-interchange-newline"><div><div>${answered.body.trimEnd().split('\n').map((l) => (l === '' ? '<div><br></div>' : `<div>${esc(l)}</div>`)).join('')}</div></div></blockquote></div><br>`;
      return { text: `${top}${quote(`${attr}\n\n${answered.body}`)}\n`, html };
    }
    case 'thunderbird': {
      const attr = attribution(c.lang, answered.from, 'thunderbird');
      const html = `${own.map((x) => `<p>${x.map(esc).join('<br>\n')}</p>`).join('\n')}<br><div class="moz-cite-prefix">${esc(attr)}<br></div><blockquote type="cite" cite="mid:${esc(answered.messageId.replace(/[<>]/g, ''))}"><pre class="moz-quote-pre" wrap="">${esc(answered.body.trimEnd())}</pre></blockquote>`;
      return { text: `${top}${attr}\n${quote(answered.body)}\n`, html };
    }
    case 'flowed-qp-1252':
      return { text: `${top}${attribution(c.lang, answered.from, 'gmail')}\n${quote(answered.body)}\n`, html: null, flowed: true };
    case 'bottom-post':
      return { text: `${attribution(c.lang, answered.from, 'gmail')}\n${quote(answered.body)}\n\n${ownText}\n`, html: null };
    case 'original-message':
      return { text: `${top}${ORIGINAL_MESSAGE[c.lang]}\n${outlookHeader(c.lang, answered, me).map(([l, v]) => `${l.trim()}: ${v}`).join('\n')}\n\n${answered.body}`, html: null };
  }
}

/** Quoted text may only be flowed without its quote marks being lost: own lines flowed, quoted lines kept. */
function flowedPart(text: string): string {
  const body = text
    .split('\n')
    .map((l) => (l.startsWith('>') ? l : flowedQp(l)))
    .join('\n');
  return `Content-Type: text/plain; charset="windows-1252"; format=flowed\nContent-Transfer-Encoding: quoted-printable\n\n${body}\n`;
}

const b64 = (data: Buffer) => data.toString('base64').replace(/.{76}/g, '$&\n');

/** The reply as raw RFC 5322 bytes: In-Reply-To and References as mail programs set them. */
export async function renderReply(c: ReplyCase, layout: ReplyLayout, answered: Answered, me: { name: string; address: string }, messageId: string): Promise<Buffer> {
  const meLine = `${me.name} <${me.address}>`;
  const b = bodies(c, layout, answered, meLine);
  let mime = b.flowed ? flowedPart(b.text) : b.html === null ? textPart(b.text) : `Content-Type: multipart/alternative; boundary="alt"\n\n--alt\n${textPart(b.text)}--alt\n${htmlPart(b.html)}--alt--\n`;
  if (c.attachment) {
    const { kind, sample } = c.attachment;
    const [type, name, data] = kind === 'docx' ? ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'agreement.docx', await docxTables(sample)] as const : ['application/pdf', 'agreement.pdf', await pdfLetter(sample)] as const;
    mime = `Content-Type: multipart/mixed; boundary="mix"\n\n--mix\n${mime}--mix\nContent-Type: ${type}; name="${name}"\nContent-Disposition: attachment; filename="${name}"\nContent-Transfer-Encoding: base64\n\n${b64(data)}\n--mix--\n`;
  }
  const prefix = { en: 'Re', fr: 'RE', es: 'RE' }[c.lang];
  const head = [
    `From: ${meLine}`,
    `To: ${answered.from.name} <${answered.from.address}>`,
    `Subject: ${/^re\s*:/i.test(answered.subject) ? answered.subject : `${prefix}: ${answered.subject}`}`,
    'Date: Mon, 02 Mar 2026 11:00:00 +0000',
    `Message-ID: ${messageId}`,
    `In-Reply-To: ${answered.messageId}`,
    `References: ${`${answered.references} ${answered.messageId}`.trim()}`,
    'MIME-Version: 1.0',
  ].join('\n');
  return Buffer.from(`${head}\n${mime}`.replace(/\r?\n/g, '\r\n'), 'utf8');
}
