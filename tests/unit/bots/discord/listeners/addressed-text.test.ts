import { describe, expect, it } from 'vitest';
import { addressedText } from '../../../../../src/bots/discord/listeners/handle-question.js';

const BOT = '100000000000000002';

describe('addressedText', () => {
  it('strips the bot mention from a channel message', () => {
    expect(addressedText({ content: `<@${BOT}>  what is 2.5?`, guildId: '1' }, BOT)).toBe('what is 2.5?');
  });

  it('accepts the nickname form of the mention', () => {
    expect(addressedText({ content: `hey <@!${BOT}> drafts`, guildId: '1' }, BOT)).toBe('hey drafts');
  });

  it('ignores a channel message that does not mention the bot', () => {
    expect(addressedText({ content: 'what is 2.5? <@999>', guildId: '1' }, BOT)).toBeNull();
  });

  it('takes every direct message, and a bare mention as a request for help', () => {
    expect(addressedText({ content: 'what is 2.5?', guildId: null }, BOT)).toBe('what is 2.5?');
    expect(addressedText({ content: `<@${BOT}>`, guildId: '1' }, BOT)).toBe('help');
  });
});
