/** Loose on purpose: anything that looks like an address is hidden, better too much than one leak. */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export const EMAIL_REDACTION = '[address hidden]';

/** Contributors' addresses are for replies only (docs/architecture.md): nothing sent to Slack carries one. */
export function redactEmails(text: string): string {
  return text.replace(EMAIL, EMAIL_REDACTION);
}
