export interface ListMarker {
  marker: 'bullet' | 'number';
  /** "1", "2.3", "a", "iv" without punctuation; null for a bullet */
  number: string | null;
  /** the marker as written: "1.", "(iv)", "•" */
  written: string;
  /** the text after the marker */
  rest: string;
}

/** Characters people type (or mail programs and Word draw) as bullets, followed by a space. */
const BULLET = /^[-*\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u2013\u2014+\uf0b7\uf0a7\uf0d8](?:\s+|$)/;
/** "(iv)", "(a)", "(1)", "1)", "a)", "iv)" */
const PAREN = /^\(?(\d{1,3}|[a-z]|[ivxlc]{2,6})\)(?:\s+|$)/i;
/** "1.", "2.3", "2.3.", "iv.", "IV.", "a." — not "A." alone, which is more often an initial ("J. Smith") */
const DOTTED = /^(\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.|[ivxlc]{1,6}\.|[IVXLC]{1,6}\.|[a-z]\.)(?:\s+|$)/;
const ROMAN = /^m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/i;

/**
 * The bullet or number a line starts with, as a list marker: "1. Name" -> number "1", "• x" -> bullet.
 * Only what reads as a marker counts: "2018. A year", "1 Name" and "-5 degrees" are not list items.
 */
export function readListMarker(line: string): ListMarker | null {
  const text = line.trimStart();
  const bullet = BULLET.exec(text);
  if (bullet) return { marker: 'bullet', number: null, written: bullet[0].trim(), rest: text.slice(bullet[0].length).trimEnd() };
  const m = PAREN.exec(text) ?? DOTTED.exec(text);
  if (!m) return null;
  const number = m[1]!.replace(/\.$/, '');
  // several letters must make a roman numeral ("iv"), not a word ("ci." or "ill)")
  if (/^[a-z]{2,}$/i.test(number) && !ROMAN.test(number)) return null;
  return { marker: 'number', number, written: m[0].trim(), rest: text.slice(m[0].length).trimEnd() };
}

/**
 * A block's first line read for a marker, with the bold lead it may sit in: "**1. Name:** X" (bold
 * "1. Name:") gives number "1", line "Name: X" and lead "Name:". A lead that was only the marker is none.
 */
export function splitListMarker(line: string, strongLead: string | null): { marker: ListMarker | null; line: string; strongLead: string | null } {
  const marker = readListMarker(line);
  if (!marker) return { marker, line, strongLead };
  const lead = strongLead?.startsWith(marker.written) ? strongLead.slice(marker.written.length).trim() || null : strongLead;
  return { marker, line: marker.rest, strongLead: lead };
}

const ROMAN_DIGITS: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

/** The number an HTML `<ol type>` shows for item n: "3" (1), "c" (a), "C" (A), "iii" (i), "III" (I). */
export function formatListNumber(n: number, type: string): string {
  let s = '';
  if (type === 'a' || type === 'A') {
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  } else if (type === 'i' || type === 'I') {
    for (const [value, letters] of ROMAN_DIGITS) for (; n >= value; n -= value) s += letters;
  } else return String(n);
  return type === type.toUpperCase() ? s.toUpperCase() : s;
}
