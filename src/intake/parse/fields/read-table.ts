import type { TableCell } from '../document/document-block.js';
import type { LabelKind } from './field-vocabulary.js';
import { scoreLabel } from './score-label.js';

export interface TableField {
  kind: LabelKind;
  label: string;
  value: string;
  score: number;
}

const cellText = (cell: TableCell | undefined) => (cell?.lines ?? []).map((l) => l.replace(/\*\*|__/g, '').trim()).filter(Boolean).join('\n');
const labelOf = (cell: TableCell | undefined) => {
  const text = cellText(cell).replace(/[\s:\uff1a?]+$/, '');
  const scored = text && text.length <= 420 ? scoreLabel(text) : null;
  return scored ? { ...scored, label: text } : null;
};

/**
 * The records a table holds, each a list of fields: a header row of labels makes one record per
 * later row (a table of agreements); a column of labels (after an optional numbering column) makes
 * one record per column to its right (question/answer tables, with or without a header row, or one
 * column per agreement). Rows whose label cell is no label (a "Question | Answer" header) are skipped.
 * Null when the table holds no labels: it is then read as text.
 */
export function readTable(rows: readonly TableCell[][]): TableField[][] | null {
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (rows.length === 0 || width < 2) return null;
  for (let h = 0; h < Math.min(2, rows.length - 1); h += 1) {
    const header = rows[h]!.map(labelOf);
    if (distinctFields(header) >= 2 && columnLabels(rows, 0) < 2) {
      return rows.slice(h + 1).map((row) => row.flatMap((cell, c) => field(header[c], cellText(cell)))).filter((r) => r.length > 0);
    }
  }
  for (let c = 0; c < Math.min(2, width - 1); c += 1) {
    if (columnLabels(rows, c) < Math.min(2, rows.length)) continue;
    const labels = rows.map((r) => labelOf(r[c]));
    const records: TableField[][] = [];
    for (let k = c + 1; k < width; k += 1) {
      const record = rows.flatMap((row, r) => field(labels[r], cellText(row[k])));
      if (record.length > 0) records.push(record);
    }
    return records;
  }
  return null;
}

function field(label: ReturnType<typeof labelOf> | undefined, value: string): TableField[] {
  return label && !label.kind.startsWith('question.') && label.kind !== 'section.about' ? [{ kind: label.kind, label: label.label, value, score: label.score }] : [];
}

function distinctFields(labels: ReadonlyArray<ReturnType<typeof labelOf>>): number {
  return new Set(labels.filter((l) => l && !l.kind.startsWith('question.')).map((l) => l!.kind)).size;
}

function columnLabels(rows: readonly TableCell[][], c: number): number {
  return distinctFields(rows.map((r) => labelOf(r[c])));
}
