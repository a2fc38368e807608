const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** Contributors' addresses are for replies only: whatever reaches chat has them blanked. */
export function redactEmails(text: string): string {
  return text.replace(EMAIL, '[e-mail address removed]');
}
