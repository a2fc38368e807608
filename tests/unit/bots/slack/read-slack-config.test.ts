import { describe, expect, it } from 'vitest';
import { readSlackConfig } from '../../../../src/bots/slack/slack-config.js';

const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODERATORS_CHANNEL: 'CMODS', SLACK_MODERATOR_USERS: 'U1, U2' };

describe('readSlackConfig', () => {
  it('reads Socket Mode settings', () => {
    const out = readSlackConfig({ ...base, SLACK_APP_TOKEN: 'xapp-1' });
    expect(out).toMatchObject({ ok: true, config: { mode: 'socket', appToken: 'xapp-1', moderatorUsers: ['U1', 'U2'], digestHourUtc: 8 } });
  });

  it('asks for the app token in Socket Mode', () => {
    const out = readSlackConfig(base);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toMatch(/SLACK_APP_TOKEN/);
  });

  it('asks for the signing secret with the HTTP receiver', () => {
    const out = readSlackConfig({ ...base, SLACK_MODE: 'http' });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toMatch(/SLACK_SIGNING_SECRET/);
  });

  it('refuses a configuration where nobody can moderate', () => {
    const out = readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODERATORS_CHANNEL: 'C', SLACK_APP_TOKEN: 'xapp-1' });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toMatch(/SLACK_MODERATOR_GROUP or SLACK_MODERATOR_USERS/);
  });

  it('refuses a user token where a bot token belongs', () => {
    const out = readSlackConfig({ ...base, SLACK_BOT_TOKEN: 'xoxp-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toMatch(/xoxb-/);
  });
});
