import { describe, expect, it } from 'vitest';
import { escapeDiscordText } from '../../../../../src/bots/discord/render/escape-discord-text.js';

describe('escapeDiscordText', () => {
  it('escapes markdown formatting characters', () => {
    expect(escapeDiscordText('*a* _b_ ~~c~~ `d` ||e||')).toBe('\\*a\\* \\_b\\_ \\~\\~c\\~\\~ \\`d\\` \\|\\|e\\|\\|');
  });

  it('breaks @everyone and @here with a zero-width space', () => {
    expect(escapeDiscordText('hi @everyone and @here')).toBe('hi @\u200beveryone and @\u200bhere');
  });

  it('escapes the angle brackets of user, role and channel mentions', () => {
    expect(escapeDiscordText('<@&123> <@456> <#789>')).toBe('\\<@&123\\> \\<@456\\> \\<\\#789\\>');
  });

  it('leaves URLs clickable', () => {
    expect(escapeDiscordText('see https://example.org/a_b_(c) now')).toBe('see https://example.org/a_b_(c) now');
  });

  it('escapes list and heading markers at the start of a line', () => {
    expect(escapeDiscordText('# Title\n- item\n1. first')).toBe('\\# Title\n\\- item\n1\\. first');
  });

  it('escapes list and heading marks only at the start of a line, indented or not', () => {
    expect(escapeDiscordText('  - item\n\t+ more')).toBe('  \\- item\n\t\\+ more');
    expect(escapeDiscordText('a - b + c')).toBe('a - b + c');
    expect(escapeDiscordText('x- y')).toBe('x- y');
  });

  it('escapes numbered list marks of any length, only at the start of a line', () => {
    expect(escapeDiscordText('12. twelfth\n  3. third')).toBe('12\\. twelfth\n  3\\. third');
    expect(escapeDiscordText('Article 12. applies')).toBe('Article 12. applies');
    expect(escapeDiscordText('art12. x')).toBe('art12. x');
  });

  it('leaves plain http links alone too', () => {
    expect(escapeDiscordText('see http://example.org/a_b now_')).toBe('see http://example.org/a_b now\\_');
  });
});
