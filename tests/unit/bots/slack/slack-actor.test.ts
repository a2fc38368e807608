import { describe, expect, it } from 'vitest';
import { slackActor } from '../../../../src/bots/slack/slack-actor.js';

describe('slackActor', () => {
  it('prefers the display name Slack sent', () => {
    expect(slackActor({ id: 'U1', name: 'Anna', username: 'anna.k' })).toEqual({ platform: 'slack', id: 'U1', name: 'Anna' });
  });

  it('falls back to the username, then the user id', () => {
    expect(slackActor({ id: 'U1', name: '', username: 'anna.k' }).name).toBe('anna.k');
    expect(slackActor({ id: 'U1' }).name).toBe('U1');
  });
});
