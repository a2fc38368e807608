import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../../../../../src/intake/parse/document/document-block.js';
import { renderBlocksAsText } from '../../../../../src/intake/parse/document/render-blocks-as-text.js';

const cell = (text: string) => ({ lines: text ? text.split('\n') : [], strongLead: null, header: false });

describe('renderBlocksAsText', () => {
  it('writes bold leads and later bold words back as **…**, list items by depth, quotes with "> "', () => {
    const blocks: DocumentBlock[] = [
      { kind: 'paragraph', number: null, strongLead: 'Name:', strongWords: ['Bart'], lines: ['Name: Jonas', 'Affiliation Bart Institute'], quoteDepth: 0 },
      { kind: 'list-item', depth: 0, marker: 'number', number: '2', strongLead: null, lines: ['Parties:'], quoteDepth: 0 },
      { kind: 'list-item', depth: 1, marker: 'bullet', number: null, strongLead: null, lines: ['France', 'and others'], quoteDepth: 0 },
      { kind: 'paragraph', number: null, strongLead: null, lines: ['old text'], quoteDepth: 1 },
    ];
    expect(renderBlocksAsText(blocks)).toBe('**Name:** Jonas\nAffiliation **Bart** Institute\n2. Parties:\n  - France\n    and others\n>\n> old text');
  });

  it('writes a two-cell row as "label: value", a wider row with bars, and a one-cell row as its lines', () => {
    const table: DocumentBlock = {
      kind: 'table',
      rows: [[cell('Name of agreement:'), cell('Paris Call\nfor Trust')], [cell('a'), cell('b'), cell('c')], [cell(''), cell('only\nthis')]],
      quoteDepth: 0,
    };
    expect(renderBlocksAsText([table, { kind: 'separator', quoteDepth: 0 }])).toBe('Name of agreement: Paris Call; for Trust\na | b | c\nonly\nthis\n\n----------');
  });
});
