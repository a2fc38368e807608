// An addr-spec as people write it (RFC 5322 §3.4.1, with RFC 6532's UTF-8): a dot-atom or quoted
// local part, then a domain name in any script or an address literal ("user@[192.0.2.1]").
// Quantifiers are bounded (RFC 5321 §4.5.3.1: 64-octet local part, 63-octet labels), so the scan
// stays linear on a long run of letters without an "@".
const ATOM = "[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]";
const LOCAL = `(?:${ATOM}{1,64}(?:\\.${ATOM}{1,64}){0,15}|"(?:[^"\\\\\\r\\n]|\\\\.){0,64}")`;
const LABEL = '[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}])?';
const DOMAIN = `(?:${LABEL}(?:\\.${LABEL}){1,9}|\\[[^\\[\\]\\s\\\\]{1,64}\\])`;
const EMAIL = new RegExp(`${LOCAL}@${DOMAIN}`, 'gu');

/**
 * Contributors' addresses are for replies only: whatever reaches chat, the terminal or an export
 * has them blanked. The one redactor of the code base.
 */
export function redactEmails(text: string): string {
  return text.replace(EMAIL, '[e-mail address removed]');
}
