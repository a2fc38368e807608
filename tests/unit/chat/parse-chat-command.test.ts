import { describe, expect, it } from 'vitest';
import { parseChatCommand } from '../../../src/core/chat/parse-chat-command.js';

describe('parseChatCommand', () => {
  it('reads approve with a draft number', () => {
    expect(parseChatCommand('approve 12')).toEqual({ verb: 'approve', draftId: 12 });
  });

  it('accepts a leading slash, a hash and any case', () => {
    expect(parseChatCommand('/Approve #12')).toEqual({ verb: 'approve', draftId: 12 });
  });

  it('keeps the whole rejection reason', () => {
    expect(parseChatCommand('reject 3 a national strategy,  not an agreement')).toEqual({ verb: 'reject', draftId: 3, reason: 'a national strategy, not an agreement' });
  });

  it('reads merge with an agreement name', () => {
    expect(parseChatCommand('merge 3 Paris Call')).toEqual({ verb: 'merge', draftId: 3, target: 'Paris Call' });
  });

  it('reads edit assignments', () => {
    expect(parseChatCommand('edit 3 name=Paris Call year=2018')).toEqual({ verb: 'edit', draftId: 3, assignments: 'name=Paris Call year=2018' });
  });

  it('reads drafts with a status filter', () => {
    expect(parseChatCommand('drafts approved')).toEqual({ verb: 'drafts', status: 'approved' });
  });

  it('reads the "needs a look" commands', () => {
    expect(parseChatCommand('unsorted')).toEqual({ verb: 'unsorted' });
    expect(parseChatCommand('unsorted #4')).toEqual({ verb: 'unsorted-show', itemId: 4 });
    expect(parseChatCommand('Unsorted Draft 4')).toEqual({ verb: 'unsorted-draft', itemId: 4 });
    expect(parseChatCommand('unsorted dismiss 4 a newsletter,  not a contribution')).toEqual({ verb: 'unsorted-dismiss', itemId: 4, reason: 'a newsletter, not a contribution' });
  });

  it('answers a "needs a look" command used the wrong way with its usage', () => {
    expect(parseChatCommand('unsorted dismiss 4')).toEqual({ verb: 'invalid', message: 'Usage: unsorted dismiss 4 <reason>: the reason is kept with the item.' });
    expect(parseChatCommand('unsorted draft 4 now')).toEqual({ verb: 'invalid', message: 'Usage: unsorted [N | draft N | dismiss N <reason>] (N is the item number, see "unsorted").' });
    expect(parseChatCommand('unsorted mail from Ghana')).toMatchObject({ verb: 'invalid' });
    expect(parseChatCommand('unsorted 0')).toMatchObject({ verb: 'invalid' });
  });

  it('reads release with override', () => {
    expect(parseChatCommand('release 4 override')).toEqual({ verb: 'release', draftId: 4, override: true });
  });

  it('leaves a question starting with show to the question engine', () => {
    expect(parseChatCommand('show me agreements on critical infrastructure')).toBeNull();
  });

  it('leaves ordinary questions alone', () => {
    expect(parseChatCommand('which agreements cover 2.1?')).toBeNull();
  });

  it('turns a reject without reason into usage help', () => {
    expect(parseChatCommand('reject 3')).toMatchObject({ verb: 'invalid', message: expect.stringContaining('reject N <reason>') });
  });

  it('turns an approve without a number into usage help', () => {
    expect(parseChatCommand('approve the paris call')).toMatchObject({ verb: 'invalid' });
  });

  it('turns an unknown slash command into help', () => {
    expect(parseChatCommand('/frobnicate 3')).toEqual({ verb: 'unknown', message: 'There is no command "frobnicate".' });
  });

  it('never throws on odd input', () => {
    for (const text of ['', '   ', '/', '!!', 'approve 99999999999999', 'edit 0 name=x', '\u0000approve 1']) expect(() => parseChatCommand(text)).not.toThrow();
  });
});

describe('parseChatCommand confirm', () => {
  it('reads an agreement id, an element id and a source', () => {
    expect(parseChatCommand('confirm 39 5.5 https://example.org/text')).toEqual({ verb: 'confirm', agreementId: 39, elementId: '5.5', source: 'https://example.org/text' });
  });

  it('turns a malformed confirm into usage help', () => {
    expect(parseChatCommand('confirm botnets')).toMatchObject({ verb: 'invalid' });
  });
});

describe('parseChatCommand history', () => {
  it('reads history with a draft number', () => {
    expect(parseChatCommand('history 5')).toEqual({ verb: 'history', draftId: 5 });
  });
});
