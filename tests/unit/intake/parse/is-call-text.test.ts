import { describe, expect, it } from 'vitest';
import { isCallText } from '../../../../src/intake/parse/is-call-text.js';

describe('isCallText', () => {
  it("recognises a piece of the call's intro, however it was wrapped", () => {
    expect(isCallText('focusing on identifying best practices in Cybersecurity.')).toBe(true);
    expect(isCallText('The IGF Best Practice Forum on Cybersecurity is a multistakeholder group')).toBe(true);
  });

  it("recognises the About you preamble that mentions anonymity", () => {
    expect(isCallText('You are welcome to remain anonymous should you prefer to do so.')).toBe(true);
  });

  it("does not take the contributor's own sentence about the same topic for the call's", () => {
    expect(isCallText('We signed the Paris Call in 2018 and support its nine principles.')).toBe(false);
  });

  it("keeps a short line of the sender's made of one call paragraph's words in another order", () => {
    // the call describes the Freedom Online Coalition's recommendations; the sender says its country is a member
    expect(isCallText('and is a member of the Freedom Online Coalition.')).toBe(false);
    expect(isCallText('the Convention on Cyber Security of the African Union.')).toBe(false);
    // a quoted piece of that same paragraph is still the call's, a word in it spelt another way too
    expect(isCallText('> and originates from a set of member governments.')).toBe(true);
    expect(isCallText('We are soliciting input by October 17, 2020.')).toBe(true);
    expect(isCallText('What projects and programmes have you implemented to support norms agreements')).toBe(true);
  });

  it('tells a quoted line with a few words changed from a line with more of its own, wherever those words stand', () => {
    const quoted = 'Last year, the BPF published research to identify best practices related to the implementation, operationalization, and support of different principles, norms, and policy approaches'.split(' ');
    const own = ['Kangaroo', 'Quokka', 'Wombat', 'Platypus', 'Dingo'];
    // 3 of its 24 words changed: still the call's; 4 changed: the sender's
    for (const changed of [3, 4]) {
      const atStart = [...own.slice(0, changed), ...quoted.slice(changed)].join(' ');
      const atEnd = [...quoted.slice(0, quoted.length - changed), ...own.slice(0, changed)].join(' ');
      expect([isCallText(atStart), isCallText(atEnd)]).toEqual(changed === 3 ? [true, true] : [false, false]);
    }
    // asked again, a line answers the same
    expect(isCallText(quoted.join(' '))).toBe(true);
    expect(isCallText(quoted.join(' '))).toBe(true);
  });
});
