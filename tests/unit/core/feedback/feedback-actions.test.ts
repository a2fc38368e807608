import { describe, expect, it } from 'vitest';
import { verdictOfAction, withFeedbackActions } from '../../../../src/core/feedback/feedback-actions.js';
import type { Reply } from '../../../../src/core/reply/reply.js';

const answer = (extra: Partial<Reply> = {}): Reply => ({ intent: 'agreements-for-element', text: 'two agreements', blocks: [{ type: 'paragraph', text: 'two agreements' }], agreements: [], norms: [], ephemeral: false, ...extra });

describe('withFeedbackActions', () => {
  it('adds 👍, 👎 and "That\'s wrong" after the answer, each carrying its turn id', () => {
    const rated = withFeedbackActions(answer({ turnId: 'm1abc-2' }));
    expect(rated.blocks).toEqual([
      { type: 'paragraph', text: 'two agreements' },
      {
        type: 'actions',
        actions: [
          { id: 'feedback-up', label: '\u{1F44D}', value: 'm1abc-2', style: 'default' },
          { id: 'feedback-down', label: '\u{1F44E}', value: 'm1abc-2', style: 'default' },
          { id: 'feedback-wrong', label: "That's wrong", value: 'm1abc-2', style: 'default' },
        ],
      },
    ]);
    expect(rated.text).toBe('two agreements');
  });

  it('leaves a reply that is not an answer in a conversation as it is', () => {
    const reply = answer();
    expect(withFeedbackActions(reply)).toBe(reply);
  });
});

describe('verdictOfAction', () => {
  it.each([
    ['feedback-up', 'up'],
    ['feedback-down', 'down'],
    ['feedback-wrong', 'wrong'],
    ['approve', null],
    ['feedback', null],
    ['toString', null],
  ])('reads %s as %s', (id, verdict) => {
    expect(verdictOfAction(id)).toBe(verdict);
  });
});
