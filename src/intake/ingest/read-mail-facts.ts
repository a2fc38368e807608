import { simpleParser } from 'mailparser';
import type { MailFacts } from '../../core/unsorted/unsorted-from-message.js';

/** What a "needs a look" card shows of the body: enough to tell a letter from a newsletter. */
const FIRST_LINES = 8;
const LINE_MAX = 200;

/**
 * The facts a moderator needs to judge a mail that became no draft: the sender's display name
 * (never the address), when it came, its first lines without quoted text, and its attachments'
 * names. Read with mailparser on the stored bytes, only for such mail; never throws.
 */
export async function readMailFacts(raw: Buffer, fallbackDate: Date): Promise<MailFacts> {
  try {
    const mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
    const lines = (mail.text ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('>'))
      .slice(0, FIRST_LINES)
      .map((l) => (l.length > LINE_MAX ? `${l.slice(0, LINE_MAX - 1)}…` : l));
    return {
      displayName: mail.from?.value[0]?.name?.trim() || null,
      receivedAt: (mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : fallbackDate).toISOString(),
      firstLines: lines.join('\n'),
      attachments: mail.attachments.map((a) => a.filename ?? `(unnamed ${a.contentType})`),
    };
  } catch {
    return { displayName: null, receivedAt: fallbackDate.toISOString(), firstLines: '', attachments: [] };
  }
}
