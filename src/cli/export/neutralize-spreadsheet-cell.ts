/**
 * A cell for any spreadsheet export (CSV, XLSX): one that begins with = + - @, tab or carriage
 * return is read as a formula by Excel, LibreOffice and Google Sheets, so it gets a leading
 * apostrophe and is shown as text (OWASP, "CSV Injection"). The full-width forms count too: some
 * East Asian Excel versions take "＝" for "=".
 */
export function neutralizeSpreadsheetCell(value: string): string {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value;
}
