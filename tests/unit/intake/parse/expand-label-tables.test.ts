import { describe, expect, it } from 'vitest';
import { expandLabelTables } from '../../../../src/intake/parse/expand-label-tables.js';

describe('expandLabelTables', () => {
  it('makes one block per row under a header of labels, a bare "Name" being the agreement\'s', () => {
    expect(expandLabelTables(['Name | Year | Maintainer', 'Paris Call | 2018 | France', 'MANRS | 2014 | ISOC'])).toEqual([
      'Name of agreement: Paris Call', 'Date of launch: 2018', 'Maintaining organisation: France', '',
      'Name of agreement: MANRS', 'Date of launch: 2014', 'Maintaining organisation: ISOC', '',
    ]);
  });

  it('makes one block per column when the first column holds the labels', () => {
    expect(expandLabelTables(['| Name of agreement | A | B |', '|---|---|---|', '| Date of launch | 2001 | 2002 |'])).toEqual([
      'Name of agreement: A', 'Date of launch: 2001', '', 'Name of agreement: B', 'Date of launch: 2002', '',
    ]);
  });

  it('leaves other tables alone', () => {
    expect(expandLabelTables(['a | b | c', '1 | 2 | 3'])).toEqual(['a | b | c', '1 | 2 | 3']);
  });

  it('finds the labels after a numbering column', () => {
    expect(expandLabelTables(['No | Question | Answer', '1 | Name of agreement | Lima Declaration', '2 | Date of launch | 2019'])).toEqual([
      'Name of agreement: Lima Declaration', 'Date of launch: 2019', '',
    ]);
  });
});
