import { createHmac } from 'node:crypto';

export const SLACK_SECRET = 'bench-signing-secret';

/** The form body Slack posts for `/norms <text>`; the answer goes to `responseUrl`. */
export function slashCommandBody(n: number, text: string, responseUrl: string): string {
  return new URLSearchParams({
    team_id: 'T1', channel_id: 'CASK', user_id: `U${n % 97}`, user_name: 'member', command: '/norms', text,
    api_app_id: 'A1', trigger_id: `trig.${n}`, response_url: responseUrl,
  }).toString();
}

/** Headers signed as Slack signs a request: v0=hex(HMAC-SHA256(secret, v0:ts:body)). */
export function slackHeaders(body: string, secret = SLACK_SECRET): Record<string, string> {
  const ts = Math.floor(Date.now() / 1000);
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`,
  };
}
