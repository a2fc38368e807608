import { describe, expect, it } from 'vitest';
import { stripCallText } from '../../../../src/intake/parse/strip-call-text.js';

describe('stripCallText', () => {
  it("drops the call's intro paragraphs, hard-wrapped or not", () => {
    const text = 'The IGF Best Practice Forum on Cybersecurity is a multistakeholder group\nfocusing on identifying best practices in Cybersecurity.\nOur own words here.';
    expect(stripCallText(text)).toBe('Our own words here.');
  });

  it('drops Annex A up to the About you heading', () => {
    const text = 'Annex A: List of agreements for consideration\n- The Cybersecurity Tech Accord is a set of commitments\n- Something else entirely\nAbout you\nName: X';
    expect(stripCallText(text)).toBe('About you\nName: X');
  });

  it('keeps question headings and labelled lines', () => {
    const text = '4. Are there cybersecurity issues you believe should be addressed by a cybersecurity agreement which are currently not?\nName of agreement: Paris Call';
    expect(stripCallText(text)).toBe(text);
  });

  it("drops the About you preamble that mentions anonymity", () => {
    expect(stripCallText('You are welcome to remain anonymous should you prefer to do so.')).toBe('');
  });
});
