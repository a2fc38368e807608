import type { ParsedMail } from 'mailparser';
import type { MessageTraits } from './classify-message.js';

export interface MailHeaders {
  messageId: string | null;
  subject: string;
  /** the From header as written ("Name <address>") */
  from: string | null;
  sender: { name: string; address: string } | null;
  date: string | null;
  traits: Omit<MessageTraits, 'hasQuestionnaire'>;
}

/** The header facts parsing needs, from mailparser's view of the message (null: MIME unreadable). */
export function readMailHeaders(mail: ParsedMail | null): MailHeaders {
  const header = (name: string): string => {
    const v = mail?.headers.get(name);
    if (v === undefined || v === null) return '';
    if (typeof v === 'string') return v;
    if (Array.isArray(v)) return v.map(String).join(', ');
    if (typeof v === 'object' && 'value' in v) return String((v as { value: unknown }).value);
    return String(v);
  };
  const ct = mail?.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  const first = mail?.from?.value[0];
  const date = mail?.date && !Number.isNaN(mail.date.getTime()) ? mail.date.toISOString() : null;
  return {
    messageId: mail?.messageId ?? null,
    subject: mail?.subject ?? '',
    from: mail?.from?.text || null,
    sender: first ? { name: first.name ?? '', address: first.address ?? '' } : null,
    date,
    traits: {
      header,
      contentType: (ct?.value ?? '').toLowerCase(),
      reportType: ct?.params?.['report-type'] ?? '',
      fromAddress: first?.address ?? '',
      subject: mail?.subject ?? '',
      recipients: [mail?.to, mail?.cc].flatMap((a) => (a === undefined ? [] : Array.isArray(a) ? a : [a])).flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase())),
    },
  };
}
