import { domainToASCII } from 'node:url';
import type { HeaderField } from '../ingest/read-header-fields.js';
import { parseAuthenticationResults, type AuthResult } from './parse-authentication-results.js';

const ascii = (domain: string) => domainToASCII(domain.trim().replace(/\.$/, '').toLowerCase());
const domainOf = (value: string | undefined) => (value === undefined ? '' : ascii(value.slice(value.lastIndexOf('@') + 1)));

/**
 * The domain that passed speaks for the From domain: the same domain, or one under it (whose
 * records the From domain's owner controls). A parent or a sibling does not: "co.uk" passing says
 * nothing about "victim.co.uk", and telling sibling subdomains of one organisation apart would
 * need the public suffix list, so those are simply not acknowledged.
 */
function speaksFor(authDomain: string, fromDomain: string): boolean {
  return authDomain !== '' && (authDomain === fromDomain || authDomain.endsWith(`.${fromDomain}`));
}

const passesFor = (r: AuthResult, fromDomain: string): boolean =>
  r.result === 'pass' &&
  ((r.method === 'spf' && speaksFor(domainOf(r.props['smtp.mailfrom']), fromDomain)) ||
    (r.method === 'dkim' && speaksFor(domainOf(r.props['header.d'] ?? r.props['header.i']), fromDomain)));

/**
 * Whether the receiving server (the one named by authservId) vouches for the From domain, from
 * its Authentication-Results fields (RFC 8601); fields stamped by anyone else are ignored. When
 * DMARC was evaluated, its verdict decides: every DMARC result must be a pass for this From
 * domain. Without one (no result, or "none": no policy published), an SPF or DKIM pass for the
 * From domain will do. A field of ours that cannot be parsed makes the answer no.
 *
 * Forged fields: a sender can write "Authentication-Results: <our id>; dmarc=pass" into the mail.
 * RFC 8601 §5 requires the receiving server to remove such fields before it adds its own; where it
 * did not, its own "fail" still wins here, as every DMARC result must pass.
 */
export function isSenderAuthenticated(fields: readonly HeaderField[], authservId: string, fromDomain: string): boolean {
  const ours: AuthResult[] = [];
  const id = authservId.toLowerCase();
  for (const f of fields) {
    if (f.name !== 'authentication-results') continue;
    const parsed = parseAuthenticationResults(f.value);
    if (parsed === null) {
      if (f.value.trim().toLowerCase().startsWith(id)) return false; // ours, but unreadable
      continue;
    }
    if (parsed.authservId.toLowerCase() === id) ours.push(...parsed.results);
  }
  const domain = ascii(fromDomain);
  const dmarc = ours.filter((r) => r.method === 'dmarc' && r.result !== 'none');
  if (dmarc.length > 0) return dmarc.every((r) => r.result === 'pass' && (r.props['header.from'] === undefined || domainOf(r.props['header.from']) === domain));
  return ours.some((r) => passesFor(r, domain));
}
