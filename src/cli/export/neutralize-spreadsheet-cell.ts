/**
 * A text cell a spreadsheet will not read as a formula: one starting with =, +, -, @, a tab or a
 * carriage return gets a leading apostrophe (OWASP, "CSV Injection"). Catalog text comes from mail
 * and moderators, so it is never trusted to be inert.
 */
export function neutralizeSpreadsheetCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
