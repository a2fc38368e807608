import { describe, expect, it } from 'vitest';
import { escapeSlackText } from '../../../../../src/bots/slack/render/escape-slack-text.js';
import { truncateText } from '../../../../../src/bots/slack/render/truncate-text.js';

describe('escapeSlackText', () => {
  it('escapes the three characters Slack reserves', () => {
    expect(escapeSlackText('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
  });

  it('defuses special mentions written as markup', () => {
    expect(escapeSlackText('<!channel> <!here> <!everyone> <@U123> <#C1>')).not.toMatch(/<[!@#]/);
  });

  it('breaks bare @channel, @here and @everyone with a zero-width space', () => {
    expect(escapeSlackText('@channel @Here @everyone')).toBe('@\u200bchannel @\u200bHere @\u200beveryone');
  });

  it('hides e-mail addresses', () => {
    expect(escapeSlackText('write to jane@example.org today')).toBe('write to [e-mail address removed] today');
  });
});

describe('truncateText', () => {
  it('leaves text within the limit alone', () => {
    expect(truncateText('abc', 3)).toBe('abc');
  });

  it('cuts to the limit with an ellipsis', () => {
    expect(truncateText('abcdef', 4)).toBe('abc…');
  });

  it('does not cut an escaped entity in half', () => {
    const out = truncateText('abc &amp; def', 7);
    expect(out).toBe('abc …');
  });

  it('does not split a surrogate pair', () => {
    const out = truncateText('ab😀cd', 4);
    expect(out).toBe('ab…');
  });
});
