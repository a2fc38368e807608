import { webApi } from '@slack/bolt';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkSlackSetup } from '../../../src/bots/slack/check-slack-setup.js';
import type { SlackConfig } from '../../../src/bots/slack/slack-config.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../helpers/fake-slack-api.js';

// The start-up check on its own, against the recording fake Slack: each way the workspace can be
// set up wrong gives the operator one warning line saying what to do.
let fake: FakeSlackApi;
let lines: Array<Record<string, unknown>>;
beforeEach(async () => {
  fake = await startFakeSlackApi();
  lines = [];
});
afterEach(async () => {
  await fake.close();
});

const config = (over: Partial<SlackConfig> = {}): SlackConfig => ({
  mode: 'http', botToken: 'xoxb-test', signingSecret: 's', port: 0, host: '127.0.0.1', moderatorsChannel: 'CMODS', moderatorGroup: 'SMODS', moderatorUsers: [], digestHourUtc: 8, apiUrl: fake.apiUrl, ...over,
});
async function check(over: Partial<SlackConfig> = {}) {
  const client = new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
  const warnings = await checkSlackSetup(client, config(over), pino({ level: 'debug' }, { write: (l: string) => void lines.push(JSON.parse(l) as Record<string, unknown>) }));
  // every warning is also in the log, at warn level
  expect(lines.map((l) => [l.level, l.msg])).toEqual(warnings.map((w) => [40, w]));
  return warnings;
}

describe('the Slack start-up check', () => {
  it('has nothing to say when the bot is in the channel and the group exists', async () => {
    expect(await check()).toEqual([]);
  });

  it('says to use the channel id when the moderators channel is not found', async () => {
    fake.failNext('conversations.info', { error: 'channel_not_found' });
    expect(await check()).toEqual(['SLACK_MODERATORS_CHANNEL=CMODS was not found (or the bot cannot see it); use the channel id (C…) and invite the bot']);
  });

  it('names the missing scope when the channel cannot be checked', async () => {
    fake.failNext('conversations.info', { error: 'missing_scope' });
    expect(await check()).toEqual(['could not check SLACK_MODERATORS_CHANNEL=CMODS (missing_scope); grant channels:read and groups:read to check it at start']);
  });

  it('names the missing scope when the moderators group cannot be checked', async () => {
    fake.failNext('usergroups.list', { error: 'missing_scope' });
    expect(await check()).toEqual(['could not check SLACK_MODERATOR_GROUP=SMODS (missing_scope); grant usergroups:read']);
  });

  it('says when the moderators group does not exist in the workspace', async () => {
    fake.groups = ['SOTHER'];
    expect(await check()).toEqual(['SLACK_MODERATOR_GROUP=SMODS does not exist in this workspace; nobody can moderate through it (use the group id, S…)']);
  });

  it('gives the HTTP failure when Slack answers with no error code', async () => {
    fake.failNext('conversations.info', { status: 500 });
    expect(await check()).toEqual([expect.stringMatching(/^could not check SLACK_MODERATORS_CHANNEL=CMODS \(.*statusCode = 500\); grant channels:read/)]);
  });

  it('does not look for a group when moderators are listed by id only', async () => {
    fake.groups = [];
    expect(await check({ moderatorGroup: undefined })).toEqual([]);
    expect(fake.attemptsAt('usergroups.list')).toEqual([]);
  });
});
