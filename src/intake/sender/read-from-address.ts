import emailAddresses from 'email-addresses';
import type { AckWithheldReason } from '../../core/contribution/acknowledgement-status.js';
import type { HeaderField } from '../ingest/read-header-fields.js';

export type FromAddress = { ok: true; address: string; domain: string } | { ok: false; reason: Extract<AckWithheldReason, 'no-sender-address' | 'unusable-address'> };

/** RFC 5322 allows 998 characters a line; a longer From is not a sender's but a trick. */
const MAX_FROM_CHARS = 2_000;
const DOT_ATOM = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const HOST_NAME = /^(?:[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?\.)+[\p{L}\p{M}\p{N}-]*\p{L}[\p{L}\p{M}\p{N}-]*$/u;

/**
 * The one mailbox of the From field, read by an RFC 5322 parser (with RFC 6532's UTF-8): never a
 * display name, never the body. No answer when there is not exactly one From field holding one
 * mailbox, or when the address would need quoting or is an IP literal or a bare host: those are
 * legal but no contributor needs them, and each is a way to make a mailer read the address
 * differently from us.
 */
export function readFromAddress(fields: readonly HeaderField[]): FromAddress {
  const from = fields.filter((f) => f.name === 'from');
  if (from.length !== 1 || from[0]!.value.length > MAX_FROM_CHARS) return { ok: false, reason: 'no-sender-address' };
  const parsed = emailAddresses.parseFrom({ input: from[0]!.value, rfc6532: true });
  const mailbox = parsed?.length === 1 && parsed[0]!.type === 'mailbox' ? parsed[0] : null;
  if (!mailbox) return { ok: false, reason: 'no-sender-address' };
  if (!DOT_ATOM.test(mailbox.local) || !HOST_NAME.test(mailbox.domain)) return { ok: false, reason: 'unusable-address' };
  const domain = mailbox.domain.toLowerCase();
  return { ok: true, address: `${mailbox.local}@${domain}`, domain };
}
