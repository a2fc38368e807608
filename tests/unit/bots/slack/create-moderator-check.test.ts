import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createModeratorCheck, MODERATOR_CACHE_MS } from '../../../../src/bots/slack/create-moderator-check.js';
import { createLogger, silentLogger } from '../../../../src/logger.js';
import { Writable } from 'node:stream';
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

  it('keeps the membership exactly MODERATOR_CACHE_MS, then asks again', async () => {
    fake.groupMembers = ['U2'];
    let t = 0;
    const check = createModeratorCheck({ client: client(), group: 'S1', users: [], now: () => new Date(t), logger: silentLogger() });
    await check('U2');
    t = MODERATOR_CACHE_MS - 1;
    await check('U2');
    expect(fake.callsTo('usergroups.users.list')).toHaveLength(1);
    t = MODERATOR_CACHE_MS;
    await check('U2');
    expect(fake.callsTo('usergroups.users.list')).toHaveLength(2);
  });

  it('refuses an unlisted user without asking Slack when no group is configured', async () => {
    const check = createModeratorCheck({ client: client(), users: ['U1'], now: () => new Date(), logger: silentLogger() });
    expect(await check('U2')).toBe(false);
    expect(fake.calls).toHaveLength(0);
  });

  it('asks Slack once for clicks that arrive together', async () => {
    fake.groupMembers = ['U2', 'U3'];
    const check = createModeratorCheck({ client: client(), group: 'S1', users: [], now: () => new Date(0), logger: silentLogger() });
    expect(await Promise.all([check('U2'), check('U3'), check('U4')])).toEqual([true, true, false]);
    expect(fake.callsTo('usergroups.users.list')).toHaveLength(1);
  });

  it('logs which user group could not be read', async () => {
    fake.failNext('usergroups.users.list', { error: 'no_such_subteam' });
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const check = createModeratorCheck({ client: client(), group: 'S9', users: [], now: () => new Date(), logger: createLogger('info', { pretty: false, destination: sink }) });
    expect(await check('U2')).toBe(false);
    const entry = JSON.parse(lines.join('').trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(entry.usergroup).toBe('S9');
    expect(entry.msg).toMatch(/cannot read the moderator user group/);
    expect(entry.level).toBe(40);
  });
});
