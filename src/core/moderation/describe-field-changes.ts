import type { DraftFields } from './draft.js';

const LABELS: Record<keyof DraftFields, string> = {
  name: 'name',
  launchYear: 'year',
  parties: 'parties',
  signatories: 'signatories',
  maintainer: 'maintainer',
  ggeNorms: 'GGE norms',
  normElements: 'norm elements',
};

const MAX_VALUE = 60;

function show(value: DraftFields[keyof DraftFields]): string {
  if (value === null) return '(none)';
  if (Array.isArray(value)) {
    const items = value.map((v) => (typeof v === 'string' ? v : v.id));
    return items.length === 0 ? '(none)' : items.join(', ');
  }
  const text = String(value);
  return `'${text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text}'`;
}

/** Short human summary of what changed: "name: 'X' -> 'Y'; year: (none) -> '2019'". */
export function describeFieldChanges(before: DraftFields, after: DraftFields): string {
  const parts: string[] = [];
  for (const key of Object.keys(LABELS) as Array<keyof DraftFields>) {
    const a = show(before[key]);
    const b = show(after[key]);
    if (a !== b) parts.push(`${LABELS[key]}: ${a} -> ${b}`);
  }
  return parts.length === 0 ? 'no change' : parts.join('; ');
}
