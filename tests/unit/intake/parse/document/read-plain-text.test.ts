import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../../../../src/intake/parse/document/read-plain-text.js';

describe('readPlainText', () => {
  it('splits paragraphs on blank lines and keeps their lines', () => {
    expect(readPlainText('Dear BPF,\nplease find our input.\n\n\nName of agreement: Paris Call\nDate of launch: 2018')).toEqual([
      { kind: 'paragraph', number: null, strongLead: null, lines: ['Dear BPF,', 'please find our input.'], quoteDepth: 0 },
      { kind: 'paragraph', number: null, strongLead: null, lines: ['Name of agreement: Paris Call', 'Date of launch: 2018'], quoteDepth: 0 },
    ]);
  });

  it('reads bullets and numbering into list items, the marker out of the text', () => {
    const blocks = readPlainText('- one\n* two\n• three\n1. first\n2) second\na) alpha\n(iv) four\n3.2 sub');
    expect(blocks.map((b) => (b.kind === 'list-item' ? [b.marker, b.number, b.lines[0]] : b.kind))).toEqual([
      ['bullet', null, 'one'],
      ['bullet', null, 'two'],
      ['bullet', null, 'three'],
      ['number', '1', 'first'],
      ['number', '2', 'second'],
      ['number', 'a', 'alpha'],
      ['number', 'iv', 'four'],
      ['number', '3.2', 'sub'],
    ]);
  });

  it('does not take a year, a bare number, an initial or a word for numbering', () => {
    expect(readPlainText('2018. A good year\n1 Name\nJ. Smith\nill) at ease\n-5 degrees').map((b) => b.kind)).toEqual(['paragraph']);
  });

  it('nests list items by indentation and keeps continuation lines with their item', () => {
    const blocks = readPlainText('- Parties:\n    - France\n    - Canada\n      and others\n- Date: 2018');
    expect(blocks.map((b) => (b.kind === 'list-item' ? [b.depth, b.lines] : b.kind))).toEqual([
      [0, ['Parties:']],
      [1, ['France']],
      [1, ['Canada', 'and others']],
      [0, ['Date: 2018']],
    ]);
  });

  it('reads a bold lead as strongLead and starts a block at each bold-led line', () => {
    const blocks = readPlainText('**1. Name of agreement:** Paris Call\n**Date of launch:** 2018');
    expect(blocks).toEqual([
      { kind: 'list-item', depth: 0, marker: 'number', number: '1', strongLead: 'Name of agreement:', lines: ['Name of agreement: Paris Call'], quoteDepth: 0 },
      { kind: 'paragraph', number: null, strongLead: 'Date of launch:', lines: ['Date of launch: 2018'], quoteDepth: 0 },
    ]);
    expect(readPlainText('- **Date of launch:** from 2016')[0]).toMatchObject({ kind: 'list-item', strongLead: 'Date of launch:', lines: ['Date of launch: from 2016'] });
  });

  it('reads rules of dashes, underscores, equals signs and the signature mark as separators', () => {
    const blocks = readPlainText('A\n-----\nB\n__________\nC\n= = =\nD\n-- \nJane');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'separator', 'paragraph', 'separator', 'paragraph', 'separator', 'paragraph', 'separator', 'paragraph']);
  });

  it('reads quote depth from ">" prefixes and splits blocks where it changes', () => {
    const blocks = readPlainText('> Name of agreement:\nChristchurch Call\n>> > deep\n> > deeper still');
    expect(blocks.map((b) => [b.quoteDepth, 'lines' in b ? b.lines : []])).toEqual([
      [1, ['Name of agreement:']],
      [0, ['Christchurch Call']],
      [3, ['deep']],
      [2, ['deeper still']],
    ]);
  });

  it('reads a rule or a heading past the spaces and quote marks before it, and no other line as one', () => {
    const blocks = readPlainText('A\n\u00a0\t-----\nB\n>  ~~~\n   ## 2. Heading\nC *** D\n#hashtag line');
    expect(blocks.map((b) => [b.kind, b.quoteDepth, 'lines' in b ? b.lines : []])).toEqual([
      ['paragraph', 0, ['A']],
      ['separator', 0, []],
      ['paragraph', 0, ['B']],
      ['separator', 1, []],
      ['heading', 0, ['Heading']],
      ['paragraph', 0, ['C *** D', '#hashtag line']],
    ]);
  });

  it('reads markdown headings with their level and number', () => {
    expect(readPlainText('## 3. About you')).toEqual([{ kind: 'heading', level: 2, number: '3', lines: ['About you'], quoteDepth: 0 }]);
  });
});
