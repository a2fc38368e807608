import type { Field } from './field-labels.js';
import { readLabelledLine } from './read-labelled-line.js';

/** One unambiguous wording per field, for lines rebuilt from table cells. */
const CANONICAL: Record<Field, string> = {
  'agreement.name': 'Name of agreement',
  'agreement.date': 'Date of launch',
  'agreement.parties': 'Stakeholders party to the agreement',
  'agreement.signatories': 'List of signatories',
  'agreement.maintainer': 'Maintaining organisation',
  'agreement.contact': 'Contact information',
  'agreement.gge': 'UN GGE norms',
  'contributor.name': 'Name',
  'contributor.affiliation': 'Affiliation',
  'contributor.country': 'Country',
  'contributor.email': 'E-mail',
  'contributor.anonymous': 'Anonymous',
};

const isRow = (line: string) => /\S\s*\|\s*\S/.test(line) || /^\s*\|.*\|\s*$/.test(line);
const isRule = (line: string) => /^[\s|:+-]+$/.test(line) && line.includes('-');
const cellsOf = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());

/**
 * Turns tables written as "a | b | c" rows (HTML, Word or markdown tables wider than two columns)
 * into labelled lines: a header row of field labels makes one agreement per row; a first column of
 * labels makes one agreement per column. Other tables are left alone.
 */
export function expandLabelTables(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!isRow(lines[i]!)) {
      out.push(lines[i]!);
      i += 1;
      continue;
    }
    let j = i;
    while (j < lines.length && (isRow(lines[j]!) || isRule(lines[j]!))) j += 1;
    const rows = lines.slice(i, j).filter((l) => !isRule(l)).map(cellsOf);
    out.push(...expandRows(rows, lines.slice(i, j)));
    i = j;
  }
  return out;
}

function expandRows(rows: string[][], original: string[]): string[] {
  if (rows.every((r) => r.length === 2)) return rows.map(([a, b]) => `${a!.replace(/[:\s]+$/, '')}: ${b}`);
  const header = fieldsOf(rows[0] ?? []);
  if (header.filter(Boolean).length >= 2) {
    return rows.slice(1).flatMap((r) => [...r.map((cell, k) => (header[k] ? `${CANONICAL[header[k]!]}: ${cell}` : cell)), '']);
  }
  // the labels may sit in a later column, after a numbering column ("1 | Name of agreement | X")
  const width = Math.max(...rows.map((r) => r.length));
  for (let c = 0; c < width - 1; c += 1) {
    const column = fieldsOf(rows.map((r) => r[c] ?? ''));
    if (column.filter(Boolean).length < 2) continue;
    const blocks: string[] = [];
    for (let k = c + 1; k < width; k += 1) {
      rows.forEach((r, n) => column[n] && blocks.push(`${CANONICAL[column[n]!]}: ${r[k] ?? ''}`));
      blocks.push('');
    }
    return blocks;
  }
  return original;
}

/** Fields named by header cells; a bare "Name" is the agreement's when the others are agreement fields. */
function fieldsOf(cells: string[]): Array<Field | null> {
  const fields = cells.map((c) => readLabelledLine(`${c.replace(/[:\s]+$/, '')}:`)?.field ?? null);
  const agreementish = fields.filter((f) => f?.startsWith('agreement.')).length >= 1;
  return fields.map((f) => (f === 'contributor.name' && agreementish ? 'agreement.name' : f));
}
