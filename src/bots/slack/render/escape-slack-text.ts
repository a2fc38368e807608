import { redactEmails } from '../../../core/moderation/redact-emails.js';

/**
 * Makes untrusted text (contributors, members, catalog data) safe inside Slack mrkdwn and the
 * fallback `text`: `&`, `<`, `>` are the three characters Slack asks to escape
 * (https://api.slack.com/reference/surfaces/formatting#escaping), which defuses `<!channel>`,
 * `<@U123>` and `<url|label>`. Bare `@channel`/`@here`/`@everyone` get a zero-width space, since
 * Slack may still parse them when `link_names` or `parse=full` is on. E-mail addresses are hidden.
 */
export function escapeSlackText(text: string): string {
  return redactEmails(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone)\b/gi, '@\u200b$1');
}
