import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Suggestion } from '../contribution/parsed-message.js';
import type { DraftFields } from '../moderation/draft.js';

export type FieldAssignmentsResult = { ok: true; patch: Partial<DraftFields> } | { ok: false; message: string };

export const EDITABLE_FIELDS = ['name', 'year', 'parties', 'signatories', 'maintainer', 'elements', 'gge'] as const;

/** The draft schema's own names (what the card and the JSON show) are accepted for the short ones. */
const ALIASES: Record<string, (typeof EDITABLE_FIELDS)[number]> = { launchyear: 'year', normelements: 'elements', ggenorms: 'gge' };

function fieldNamed(word: string): (typeof EDITABLE_FIELDS)[number] | undefined {
  const key = word.toLowerCase();
  return (EDITABLE_FIELDS as readonly string[]).includes(key) ? (key as (typeof EDITABLE_FIELDS)[number]) : ALIASES[key];
}

const FIELD_LIST = `${EDITABLE_FIELDS.join(', ')} (launchYear, normElements and ggeNorms also work)`;

const NONE = new Set(['', 'none', 'null', '-']);

function list(value: string): string[] {
  return NONE.has(value.toLowerCase()) ? [] : value.split(/[,;]/).map((v) => v.trim()).filter((v) => v !== '');
}

/**
 * "name=Paris Call year=2018 elements=2.1, 5.3" -> a patch of draft fields. Values run to the
 * next "field=", so they may contain spaces. Element and GGE ids are checked against the catalog.
 */
export function parseFieldAssignments(text: string, catalog: CatalogSnapshot): FieldAssignmentsResult {
  // every "word=" starts a field, so a misspelt one is named rather than read into the value before it
  const marks = [...text.matchAll(/(?:^|\s)([A-Za-z][\w-]*)\s*=/g)];
  if (marks.length === 0 || text.slice(0, marks[0]?.index ?? 0).trim() !== '') {
    return { ok: false, message: `Write field=value; the fields are ${EDITABLE_FIELDS.join(', ')}.` };
  }
  const unknown = marks.map((m) => m[1] ?? '').filter((w) => !fieldNamed(w));
  if (unknown.length > 0) return { ok: false, message: `There is no field ${unknown.map((w) => `"${w}"`).join(', ')}; the fields are ${FIELD_LIST}.` };
  const patch: Partial<DraftFields> = {};
  for (const [i, mark] of marks.entries()) {
    const field = fieldNamed(mark[1] ?? '');
    const start = (mark.index ?? 0) + mark[0].length;
    const value = text.slice(start, marks[i + 1]?.index ?? text.length).trim();
    const none = NONE.has(value.toLowerCase());
    switch (field) {
      case 'name':
        if (none) return { ok: false, message: 'A draft needs a name.' };
        patch.name = value;
        break;
      case 'year': {
        if (none) patch.launchYear = null;
        else if (/^\d{4}$/.test(value) && Number(value) >= 1900 && Number(value) <= 2100) patch.launchYear = Number(value);
        else return { ok: false, message: `year must be a year such as 2018 (or "none"), not "${value}".` };
        break;
      }
      case 'parties':
        patch.parties = none ? null : value;
        break;
      case 'maintainer':
        patch.maintainer = none ? null : value;
        break;
      case 'signatories':
        patch.signatories = list(value);
        break;
      case 'elements': {
        const ids = list(value);
        const unknown = ids.filter((id) => !catalog.elementById.has(id));
        if (unknown.length > 0) return { ok: false, message: `Unknown norm element ${unknown.join(', ')}; use ids such as 2.1 (say "norms" to list them).` };
        patch.normElements = ids.map((id): Suggestion => ({ id, name: catalog.elementById.get(id)?.name ?? id, sentence: 'set by a moderator' }));
        break;
      }
      case 'gge': {
        const ids = list(value).map((id) => (/^[a-k]$/i.test(id) ? `13${id.toLowerCase()}` : id.toLowerCase()));
        const known = new Map(catalog.ggeNorms.map((n) => [n.id, n]));
        const unknown = ids.filter((id) => !known.has(id));
        if (unknown.length > 0) return { ok: false, message: `Unknown UN GGE norm ${unknown.join(', ')}; use 13a to 13k.` };
        patch.ggeNorms = ids.map((id): Suggestion => ({ id, name: known.get(id)?.title ?? id, sentence: 'set by a moderator' }));
        break;
      }
    }
  }
  return { ok: true, patch };
}
