import { describe, expect, it } from 'vitest';
import { readFeedbackMessage } from '../../../../src/core/feedback/read-feedback-message.js';

describe('readFeedbackMessage', () => {
  it.each([
    ["that's wrong", 'wrong', ''],
    ['That is wrong: MANRS is missing', 'wrong', 'MANRS is missing'],
    ['wrong, it should list the Tech Accord', 'wrong', 'it should list the Tech Accord'],
    ['no, that’s not right', 'wrong', ''],
    ['👎', 'down', ''],
    [':thumbsdown:', 'down', ''],
    ['👍', 'up', ''],
    ['+1', 'up', ''],
  ])('reads %j as %s', (text, verdict, comment) => {
    expect(readFeedbackMessage(text)).toEqual({ verdict, comment });
  });

  it.each(['Which agreements are wrong about hack back?', 'is that wrong?', 'which agreements cover botnets', 'wrongful acts'])('reads %j as a question, not feedback', (text) => {
    expect(readFeedbackMessage(text)).toBeNull();
  });
});
