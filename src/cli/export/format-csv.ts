import { neutralizeSpreadsheetCell } from './neutralize-spreadsheet-cell.js';

/** One CSV field per RFC 4180: quoted when it holds a comma, quote, line break or edge space. */
export function quoteCsvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows to CSV text with CRLF line ends (RFC 4180), as spreadsheets expect; no cell is a live formula. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((cell) => quoteCsvField(neutralizeSpreadsheetCell(cell))).join(',')).join('\r\n') + '\r\n';
}
