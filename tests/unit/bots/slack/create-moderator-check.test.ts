import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createModeratorCheck, MODERATOR_CACHE_MS } from '../../../../src/bots/slack/create-moderator-check.js';
import { silentLogger } from '../../../../src/logger.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../../helpers/fake-slack-api.js';

let fake: FakeSlackApi;
beforeEach(async () => {
  fake = await startFakeSlackApi();
});
afterEach(async () => {
  await fake.close();
});

const client = () => new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });

describe('createModeratorCheck', () => {
  it('accepts a listed user without asking Slack', async () => {
    const check = createModeratorCheck({ client: client(), group: 'S1', users: ['U1'], now: () => new Date(), logger: silentLogger() });
    expect(await check('U1')).toBe(true);
    expect(fake.calls).toHaveLength(0);
  });

  it('accepts a member of the user group and caches the membership briefly', async () => {
    fake.groupMembers = ['U2'];
    let t = 0;
    const check = createModeratorCheck({ client: client(), group: 'S1', users: [], now: () => new Date(t), logger: silentLogger() });
    expect(await check('U2')).toBe(true);
    expect(await check('U3')).toBe(false);
    expect(fake.callsTo('usergroups.users.list')).toHaveLength(1);
    expect(fake.calls[0]?.args.usergroup).toBe('S1');
    fake.groupMembers = [];
    t = MODERATOR_CACHE_MS + 1;
    expect(await check('U2')).toBe(false);
    expect(fake.callsTo('usergroups.users.list')).toHaveLength(2);
  });

  it('refuses everyone not listed when Slack cannot be asked', async () => {
    await fake.close();
    const check = createModeratorCheck({ client: client(), group: 'S1', users: ['U1'], now: () => new Date(), logger: silentLogger() });
    expect(await check('U2')).toBe(false);
    fake = await startFakeSlackApi();
  });
});
