import type { ParsedMessage } from '../../core/contribution/parsed-message.js';
import { extractEmails } from '../parse/extract-links.js';

// RFC 3834 §2: do not answer role addresses that only robots read
const ROBOT_LOCAL_PART = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?)([+-].*)?$/i;

const addressIn = (text: string | null): string | null => (text ? (extractEmails(text)[0] ?? null) : null);

/** Where the acknowledgement goes: the sender, else the address given in "About you"; never ourselves or a robot. */
export function pickReplyAddress(parsed: ParsedMessage, ownAddress: string): string | null {
  const own = addressIn(ownAddress)?.toLowerCase();
  for (const candidate of [addressIn(parsed.from), addressIn(parsed.contributor.email)]) {
    if (!candidate) continue;
    if (candidate.toLowerCase() === own) continue;
    if (ROBOT_LOCAL_PART.test(candidate.split('@')[0]!)) continue;
    return candidate;
  }
  return null;
}
