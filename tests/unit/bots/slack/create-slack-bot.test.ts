import { HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createSlackBot } from '../../../../src/bots/slack/create-slack-bot.js';
import type { Moderation } from '../../../../src/core/moderation/moderation-port.js';
import { silentLogger } from '../../../../src/logger.js';
import type { Database } from '../../../../src/store/database.js';

const base = { botToken: 'xoxb-1', port: 0, host: '127.0.0.1', moderatorsChannel: 'C', moderatorUsers: ['U1'], digestHourUtc: 8 };
// construction only: no listener runs, so the store and moderation are never touched
const deps = { db: {} as Database, moderation: {} as Moderation, loadCatalog: () => Promise.reject(new Error('unused')), logger: silentLogger() };
const receiverOf = (bot: ReturnType<typeof createSlackBot>) => (bot.app as unknown as { receiver: unknown }).receiver;

describe('createSlackBot', () => {
  it('uses Socket Mode when configured, with no port to open', () => {
    const bot = createSlackBot({ ...deps, config: { ...base, mode: 'socket', appToken: 'xapp-1' }, testing: { botId: 'B', botUserId: 'U' } });
    expect(receiverOf(bot)).toBeInstanceOf(SocketModeReceiver);
  });

  it('uses the HTTP receiver when configured', () => {
    const bot = createSlackBot({ ...deps, config: { ...base, mode: 'http', signingSecret: 's' }, testing: { botId: 'B', botUserId: 'U' } });
    expect(receiverOf(bot)).toBeInstanceOf(HTTPReceiver);
  });
});
