import { describe, expect, it } from 'vitest';
import { SlackMessageSchema, SlackViewSchema } from '../../../../../src/bots/slack/render/slack-block-schema.js';
import { SLACK_LIMITS } from '../../../../../src/bots/slack/render/slack-limits.js';

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

describe('Slack block schemas', () => {
  it('refuses a message of more than 50 blocks', () => {
    const blocks = Array.from({ length: SLACK_LIMITS.blocksPerMessage + 1 }, () => section('x'));
    expect(SlackMessageSchema.safeParse({ text: 'x', blocks }).success).toBe(false);
    expect(SlackMessageSchema.safeParse({ text: 'x', blocks: blocks.slice(1) }).success).toBe(true);
  });

  it('allows 100 blocks in a Home view', () => {
    const blocks = Array.from({ length: SLACK_LIMITS.blocksPerView }, () => section('x'));
    expect(SlackViewSchema.safeParse({ type: 'home', blocks }).success).toBe(true);
  });

  it('refuses a section text over 3,000 characters', () => {
    expect(SlackMessageSchema.safeParse({ text: 'x', blocks: [section('a'.repeat(3001))] }).success).toBe(false);
  });

  it('refuses a message without fallback text', () => {
    expect(SlackMessageSchema.safeParse({ text: '', blocks: [] }).success).toBe(false);
  });

  it('refuses a button label over 75 characters', () => {
    const button = { type: 'button', text: { type: 'plain_text', text: 'b'.repeat(76) }, action_id: 'approve', value: '1' };
    expect(SlackMessageSchema.safeParse({ text: 'x', blocks: [{ type: 'actions', elements: [button] }] }).success).toBe(false);
  });
});
