import { describe, expect, it } from 'vitest';
import { readSentences } from '../../../../../src/intake/parse/prose/read-sentences.js';

const summary = (paragraphs: string[]) => readSentences(paragraphs).map((s) => [s.paragraph, s.text, s.words.map((w) => w.text + w.post.trim()).join(' ')]);

describe('readSentences', () => {
  it('splits each paragraph into sentences, keeps abbreviations whole and numbers the paragraphs as given', () => {
    expect(summary(['Name of the agreement', '', 'Dr. Smith signed the Paris Call in 2018. The U.S. did not', "It names l'Appel de Paris, twice!"])).toEqual([
      [0, 'Name of the agreement', 'Name of the agreement'],
      [2, 'Dr. Smith signed the Paris Call in 2018.', 'Dr. Smith signed the Paris Call in 2018.'],
      [2, 'The U.S. did not', 'The U.S. did not'],
      [3, "It names l'Appel de Paris, twice!", 'It names Appel de Paris, twice!'],
    ]);
  });

  it('never lets a sentence run from one paragraph into the next, even without a full stop between them', () => {
    const sentences = readSentences(['We support the Paris Call and', 'the Christchurch Call']);
    expect(sentences.map((s) => [s.paragraph, s.words.map((w) => w.text).join(' ')])).toEqual([
      [0, 'We support the Paris Call and'],
      [1, 'the Christchurch Call'],
    ]);
  });

  it('reads plain words as compromise does: white space after them, capitals and digits, punctuation kept apart', () => {
    const [sentence] = readSentences(['ASPI  signed the\tParis Call  in 2018, (2) "norms" x.']);
    expect(sentence!.words.map((w) => [w.text, w.folded, w.pre, w.post, w.capitalised, w.normalWords])).toEqual([
      ['ASPI', 'aspi', '', '  ', true, 1],
      ['signed', 'signed', '', ' ', false, 1],
      ['the', 'the', '', '\t', false, 1],
      ['Paris', 'paris', '', ' ', true, 1],
      ['Call', 'call', '', '  ', true, 1],
      ['in', 'in', '', ' ', false, 1],
      ['2018', '2018', '', ', ', true, 1],
      ['2', '2', '(', ') ', true, 1],
      ['norms', 'norms', '"', '" ', false, 1],
      ['x', 'x', '', '.', false, 1],
    ]);
  });

  it('reads brackets, quotes and stops around a plain word as compromise does, and a final apostrophe as the word\'s own', () => {
    const [sentence, last] = readSentences(["See the (AMCC), [What] 'norms' and norms' now.", "We like the norms'"]);
    expect(sentence!.words.map((w) => [w.text, w.pre, w.post])).toEqual([
      ['See', '', ' '],
      ['the', '', ' '],
      ['AMCC', '(', '), '],
      ['What', '[', '] '],
      ['norms', "'", "' "],
      ['and', '', ' '],
      ['norms', '', "' "],
      ['now', '', '.'],
    ]);
    expect(last!.words.map((w) => [w.text, w.folded, w.pre, w.post])).toEqual([
      ['We', 'we', '', ' '],
      ['like', 'like', '', ' '],
      ['the', 'the', '', ' '],
      ["norms'", "norms'", '', ''],
    ]);
  });
});

