import type { MessageKind } from '../../core/contribution/parsed-message.js';
import { foldText } from './fold-text.js';

export interface MessageTraits {
  /** header name (lower case) -> raw value */
  header: (name: string) => string;
  contentType: string;
  reportType: string;
  fromAddress: string;
  subject: string;
  /** the To and Cc addresses, lower case */
  recipients?: readonly string[];
  hasQuestionnaire: boolean;
}

const BOUNCE_SENDER = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;
const BOUNCE_SUBJECT = /^(undeliverable|undelivered mail|delivery status notification|delivery failure|mail delivery failed|returned mail|failure notice|non remis|no se puede entregar|message not delivered|rapport de non-remise)/;
const OUT_OF_OFFICE = /^(out of (the )?office|ooo\b|automatic reply|auto(matic)?[- ]?(reply|response)|autoreply|away from (the )?office|on (vacation|leave|holiday)|absence|absent|reponse automatique|message d'absence|respuesta automatica|fuera de (la )?oficina|ausente|ausencia|abwesenheit|automatische antwort)/;

/**
 * What kind of mail this is, with the reason. Bounces: multipart/report delivery-status (RFC 3464) or a
 * mailer-daemon sender; auto-replies: Auto-Submitted other than "no" (RFC 3834 §5), Precedence
 * auto_reply/junk, X-Autoreply/X-Autorespond, or an out-of-office subject in English, French or Spanish.
 * List mail (a newsletter, a digest: `isListMail`) is written by no one to the BPF: "other", for a
 * moderator to look at, whatever boxes of agreement facts it carries.
 */
export function classifyMessage(t: MessageTraits): { kind: MessageKind; reason: string } {
  const subject = foldText(t.subject.trim());
  if (t.contentType === 'multipart/report' && /delivery-status/i.test(t.reportType)) return { kind: 'bounce', reason: 'multipart/report; report-type=delivery-status' };
  if (t.contentType === 'multipart/report' && /disposition-notification/i.test(t.reportType)) return { kind: 'auto-reply', reason: 'read receipt (disposition-notification)' };
  if (BOUNCE_SENDER.test(t.fromAddress)) return { kind: 'bounce', reason: `sender ${t.fromAddress.split('@')[0]}` };
  if (BOUNCE_SUBJECT.test(subject) && !t.hasQuestionnaire) return { kind: 'bounce', reason: 'delivery-failure subject' };
  const autoSubmitted = t.header('auto-submitted').trim().toLowerCase();
  if (autoSubmitted && !autoSubmitted.startsWith('no')) return { kind: 'auto-reply', reason: `Auto-Submitted: ${autoSubmitted}` };
  const precedence = t.header('precedence').trim().toLowerCase();
  if (/^(auto_reply|junk)\b/.test(precedence)) return { kind: 'auto-reply', reason: `Precedence: ${precedence}` };
  for (const h of ['x-autoreply', 'x-autorespond', 'x-autoresponse']) {
    if (t.header(h).trim() !== '') return { kind: 'auto-reply', reason: `${h} header` };
  }
  if (isListMail(t)) return { kind: 'other', reason: `list mail (${precedence ? `Precedence: ${precedence}` : 'List-Id'})` };
  if (!t.hasQuestionnaire && OUT_OF_OFFICE.test(subject.replace(/^(re|aw|tr|rv)\s*:\s*/, ''))) return { kind: 'auto-reply', reason: 'out-of-office subject' };
  if (t.hasQuestionnaire) return { kind: 'contribution', reason: 'questionnaire content' };
  return { kind: 'other', reason: 'no questionnaire content' };
}

/**
 * Mail sent to a list's subscribers (RFC 3834 §3.1.8 and RFC 2919): Precedence bulk or list, or a
 * List-Id. Not when the list is the contribution address itself relaying a sender's mail: Mailman
 * and Google Groups name a list "local-part.domain" of its address, and that address is a recipient.
 */
export function isListMail(t: Pick<MessageTraits, 'header' | 'recipients'>): boolean {
  const listId = /<([^>]+)>/.exec(t.header('list-id'))?.[1]?.trim().toLowerCase() ?? '';
  if (listId !== '' && (t.recipients ?? []).some((address) => address.replace('@', '.') === listId)) return false;
  return listId !== '' || /^(bulk|list)\b/.test(t.header('precedence').trim().toLowerCase());
}
