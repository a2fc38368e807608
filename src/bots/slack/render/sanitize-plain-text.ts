import { redactEmails } from '../../../core/moderation/redact-emails.js';

/**
 * For plain_text objects (headers, buttons, option labels), where entities are not decoded and
 * would show as "&lt;": angle brackets become look-alike ‹ ›, so `<!channel>` can never become
 * markup anywhere, bare special mentions get a zero-width space, and addresses are hidden.
 */
export function sanitizePlainText(text: string): string {
  return redactEmails(text)
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/@(channel|here|everyone)\b/gi, '@\u200b$1');
}
