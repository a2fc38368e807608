import type { Binding, PartiesKind } from '../catalog/agreement.js';
import { STOPWORDS } from '../text/content-tokens.js';
import type { AgreementFilters } from './agreement-filters.js';
import { readAddedSince } from './read-added-since.js';
import { readYearRange } from './read-year-range.js';

/**
 * Reads filters from normalised question text (agreement names already cut out, so "UN GGE 2015"
 * is not read as a year). `addedToCatalog` reads dates as catalog entry dates, not adoption years.
 */
export function readFilters(text: string, now: Date, addedToCatalog: boolean): AgreementFilters {
  const filters: AgreementFilters = {};
  const { maintainer, rest } = readMaintainer(text);
  if (maintainer) filters.maintainer = maintainer;
  const kinds = readKinds(rest);
  if (kinds) filters.kinds = kinds;
  const binding = readBinding(rest);
  if (binding) filters.binding = binding;
  // dates in a question about additions are dataset entry dates, not years of adoption
  if (addedToCatalog) {
    const addedSince = readAddedSince(rest, now);
    if (addedSince) filters.addedSince = addedSince;
    return filters;
  }
  const years = readYearRange(rest, now);
  if (years) filters.years = years;
  return filters;
}

export const MAINTAINER_PHRASE = /\b(?:maintained|hosted|run|managed|administered|overseen|coordinated|stewarded|looked after|owned) by ([a-z0-9 ]+?)(?= (?:that|which|who|and|cover|covers|covering|about|on|with|since|after|before|between|in|from|mention|mentions|mentioning|include|includes|talk|say)\b|$)/;

function readMaintainer(text: string): { maintainer?: AgreementFilters['maintainer']; rest: string } {
  const m = MAINTAINER_PHRASE.exec(text) ?? /\bmaintainer (?:is |being )?([a-z0-9 ]+?)(?= (?:that|which|and|cover|about)\b|$)/.exec(text);
  if (!m) return { rest: text };
  const words = (m[1] ?? '').split(' ').filter((w) => w !== '' && !STOPWORDS.has(w));
  if (words.length === 0) return { rest: text };
  return { maintainer: { words, label: `maintained by ${words.join(' ')}` }, rest: text.replace(m[0], ' ') };
}

const KIND_PATTERNS: ReadonlyArray<{ re: RegExp; kinds: PartiesKind[]; label: string }> = [
  {
    // intergovernmental includes regional organisations (EU, AU, APEC...), which are made of states
    re: /(?<!\bnon )\b(?:states?|state led|governments?|governmental|intergovernmental|inter governmental|countries|nation states?)\b/,
    kinds: ['states', 'regional organisation'],
    label: 'intergovernmental (states and regional organisations)',
  },
  { re: /\bregional\b/, kinds: ['regional organisation'], label: 'regional organisations' },
  { re: /\b(?:industry|industries|industry led|companies|company|corporate|corporations?|private sector|business|businesses|firms?)\b/, kinds: ['industry'], label: 'industry' },
  { re: /\b(?:multi ?stakeholders?|multistakeholder|civil society)\b/, kinds: ['multistakeholder'], label: 'multistakeholder' },
  { re: /\b(?:technical community|tech community|internet community|engineering community|network operators|technical bodies)\b/, kinds: ['technical community'], label: 'technical community' },
];

function readKinds(text: string): AgreementFilters['kinds'] {
  const found = KIND_PATTERNS.filter((p) => p.re.test(text));
  // "regional" alone is narrower than "state"; when both are asked, the state pattern already covers it
  const picked = found.some((p) => p.kinds.includes('states')) ? found.filter((p) => p.label !== 'regional organisations') : found;
  if (picked.length === 0) return undefined;
  return { kinds: [...new Set(picked.flatMap((p) => p.kinds))], label: picked.map((p) => p.label).join(' or ') };
}

function readBinding(text: string): AgreementFilters['binding'] {
  const values = new Set<Binding>();
  let rest = text;
  const take = (re: RegExp, value: Binding[]) => {
    if (re.test(rest)) {
      value.forEach((v) => values.add(v));
      rest = rest.replace(re, ' ');
    }
  };
  // Voluntary and politically binding commitments are not legally binding either: a member asking for
  // "non-binding" agreements means all three.
  take(/\b(?:soft law|non ?binding|not (?:legally )?binding|non legally binding|legally non binding)\b/g, ['non-binding', 'voluntary', 'politically binding']);
  take(/\bpolitically binding\b/g, ['politically binding']);
  take(/\b(?:legally binding|binding|treaty|treaties|hard law)\b/g, ['binding']);
  take(/\bvoluntary\b/g, ['voluntary']);
  if (values.size === 0) return undefined;
  return { values: [...values], label: [...values].join(' or ') };
}
