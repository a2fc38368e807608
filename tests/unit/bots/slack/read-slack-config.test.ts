import { describe, expect, it } from 'vitest';
import { readSlackConfig } from '../../../../src/bots/slack/slack-config.js';

const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODERATORS_CHANNEL: 'CMODS', SLACK_MODERATOR_USERS: 'U1, U2' };

describe('readSlackConfig', () => {
  it('reads Socket Mode settings, leaving unset optional ones out', () => {
    const out = readSlackConfig({ ...base, SLACK_APP_TOKEN: 'xapp-1' });
    expect(out).toEqual({
      ok: true,
      config: { mode: 'socket', botToken: 'xoxb-1', appToken: 'xapp-1', port: 3000, host: '0.0.0.0', moderatorsChannel: 'CMODS', moderatorUsers: ['U1', 'U2'], digestHourUtc: 8 },
    });
  });

  it('reads every optional setting that is set', () => {
    const out = readSlackConfig({
      ...base,
      SLACK_MODE: 'http',
      SLACK_SIGNING_SECRET: 'sig',
      SLACK_MODERATOR_GROUP: 'S1',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      SLACK_PORT: '8080',
      SLACK_DIGEST_HOUR_UTC: '6',
    });
    expect(out).toEqual({
      ok: true,
      config: {
        mode: 'http', botToken: 'xoxb-1', signingSecret: 'sig', port: 8080, host: '0.0.0.0', moderatorsChannel: 'CMODS',
        moderatorGroup: 'S1', moderatorUsers: ['U1', 'U2'], digestHourUtc: 6, apiUrl: 'http://127.0.0.1:9/api/',
      },
    });
  });

  it('asks for the app token in Socket Mode, naming the variable and what it needs', () => {
    expect(readSlackConfig(base)).toEqual({
      ok: false,
      message: 'SLACK_APP_TOKEN: SLACK_MODE=socket needs SLACK_APP_TOKEN (an xapp- token with connections:write)',
    });
  });

  it('does not ask for the app token with the HTTP receiver', () => {
    expect(readSlackConfig({ ...base, SLACK_MODE: 'http', SLACK_SIGNING_SECRET: 's' }).ok).toBe(true);
  });

  it('asks for the signing secret with the HTTP receiver', () => {
    expect(readSlackConfig({ ...base, SLACK_MODE: 'http' })).toEqual({
      ok: false,
      message: 'SLACK_SIGNING_SECRET: SLACK_MODE=http needs SLACK_SIGNING_SECRET (Basic Information page of the app)',
    });
  });

  it('refuses a configuration where nobody can moderate', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODERATORS_CHANNEL: 'C', SLACK_APP_TOKEN: 'xapp-1' })).toEqual({
      ok: false,
      message: 'SLACK_MODERATOR_GROUP: set SLACK_MODERATOR_GROUP or SLACK_MODERATOR_USERS, or nobody can moderate in Slack',
    });
  });

  it('accepts a user group alone as the moderators', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODERATORS_CHANNEL: 'C', SLACK_APP_TOKEN: 'xapp-1', SLACK_MODERATOR_GROUP: 'S1' }).ok).toBe(true);
  });

  it('lists every problem at once, each named by its variable', () => {
    const out = readSlackConfig({ SLACK_BOT_TOKEN: 'xoxp-1', SLACK_MODERATORS_CHANNEL: 'C', SLACK_MODERATOR_USERS: 'U1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(out).toEqual({ ok: false, message: 'SLACK_BOT_TOKEN: SLACK_BOT_TOKEN must be a bot token (xoxb-…)' });
    const two = readSlackConfig({ SLACK_BOT_TOKEN: 'xoxp-1', SLACK_MODERATORS_CHANNEL: 'C', SLACK_MODERATOR_USERS: 'U1', SLACK_APP_TOKEN: 'xoxb-2' });
    expect(two.ok).toBe(false);
    if (!two.ok) expect(two.message.split('; ')).toEqual([
      'SLACK_BOT_TOKEN: SLACK_BOT_TOKEN must be a bot token (xoxb-…)',
      'SLACK_APP_TOKEN: SLACK_APP_TOKEN must be an app-level token (xapp-…)',
    ]);
  });
});
