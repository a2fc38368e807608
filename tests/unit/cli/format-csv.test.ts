import { describe, expect, it } from 'vitest';
import { formatCsv, quoteCsvField } from '../../../src/cli/export/format-csv.js';

describe('formatCsv', () => {
  it('leaves a plain field unquoted', () => {
    expect(quoteCsvField('Paris Call')).toBe('Paris Call');
  });

  it('quotes a field with a comma', () => {
    expect(quoteCsvField('states, industry')).toBe('"states, industry"');
  });

  it('doubles quotes inside a quoted field', () => {
    expect(quoteCsvField('the "Tech Accord"')).toBe('"the ""Tech Accord"""');
  });

  it('quotes a field with a line break', () => {
    expect(quoteCsvField('a\nb')).toBe('"a\nb"');
  });

  it('ends every row with CRLF', () => {
    expect(formatCsv([['a', 'b'], ['1', '']])).toBe('a,b\r\n1,\r\n');
  });
});
