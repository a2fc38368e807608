import type { AckWithheldReason } from '../../core/contribution/acknowledgement-status.js';
import type { HeaderField } from '../ingest/read-header-fields.js';
import { isSenderAuthenticated } from './is-sender-authenticated.js';
import { readFromAddress } from './read-from-address.js';

export interface SenderPolicy {
  /** the receiving server's authserv-id; null: From alone decides (the local inbox folder) */
  authservId: string | null;
  /** the bot's own addresses (SMTP_FROM, the mailbox's login): never answered, to avoid loops */
  ownAddresses: readonly string[];
}

/**
 * `replyTo`: where mail about this contribution may go (the acknowledgement, later the outcome),
 * or null; `withheld`: why nothing goes there.
 */
export type SenderJudgement = { replyTo: string; withheld: null } | { replyTo: null; withheld: AckWithheldReason };

// RFC 2142 role mailboxes and the robots of RFC 3834 §2: mail to them is read by no contributor
const ROLE_LOCAL_PART =
  /^(?:postmaster|hostmaster|webmaster|abuse|noc|security|info|marketing|sales|support|root|admin|administrator|usenet|news|uucp|www|ftp|mailer-daemon|listserv|majordomo|lists?|owner-.*|.*-(?:owner|request|bounces?)|bounces?|no[-_.]?reply|do[-_.]?not[-_.]?reply|notifications?)$/i;

/**
 * Who may get mail for a contribution: the address in From, never Reply-To, a display name or
 * the body. Reply-To is ignored on purpose: SPF, DKIM and DMARC vouch for the From domain only,
 * so an authenticated sender could name any third party in Reply-To (and lists that rewrite From
 * put the author there, but list mail is not answered anyway). Nothing goes to our own address,
 * role and no-reply addresses, list or bulk mail, automatic mail, or, when an authserv-id is
 * configured, a sender that server did not authenticate.
 */
export function judgeSender(fields: readonly HeaderField[], policy: SenderPolicy): SenderJudgement {
  const withheld = (reason: AckWithheldReason): SenderJudgement => ({ replyTo: null, withheld: reason });
  const from = readFromAddress(fields);
  if (!from.ok) return withheld(from.reason);
  const value = (name: string) => fields.find((f) => f.name === name)?.value.trim().toLowerCase() ?? null;
  const own = policy.ownAddresses.map((a) => a.trim().toLowerCase());
  if (own.includes(from.address.toLowerCase())) return withheld('own-address');
  if (ROLE_LOCAL_PART.test(from.address.slice(0, from.address.lastIndexOf('@')).replace(/\+.*$/, ''))) return withheld('role-address');
  if (value('list-id') !== null || /^(bulk|list|junk)\b/.test(value('precedence') ?? '')) return withheld('list-mail');
  const auto = value('auto-submitted');
  if (auto !== null && !auto.startsWith('no')) return withheld('automatic-mail');
  if (policy.authservId !== null && !isSenderAuthenticated(fields, policy.authservId, from.domain)) return withheld('unauthenticated-sender');
  return { replyTo: from.address, withheld: null };
}
