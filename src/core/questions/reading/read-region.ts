import type { CatalogSnapshot } from '../../catalog/catalog-snapshot.js';
import { STOPWORDS } from '../../text/content-tokens.js';
import { normalizeText } from '../../text/normalize-text.js';
import { findMaintainedAgreements } from '../find-maintained-agreements.js';
import { REGIONS, type Region, type RegionalBody } from '../regions.js';
import type { QuestionWords, WordSpan } from './question-words.js';

/** A region asked about, with the agreements each of its bodies convened (none for a body the catalog lacks). */
export interface RegionMatch extends WordSpan {
  region: Region;
  bodies: ReadonlyArray<{ body: RegionalBody; ids: readonly number[] }>;
  /** every agreement of its bodies */
  ids: ReadonlySet<number>;
  /** set when one of its bodies was named in full ("the African Union"): that body, not the region, was asked about */
  body?: RegionalBody;
}

/** "south africa" is a state, not the region; "north african" is still Africa. */
const STATE_PREFIXES = new Set(['south']);

/**
 * The region a question names ("african agreements", "texts from Latin America", "asia-pacific
 * stuff"), outside the words `taken` marks (an agreement's or a body's name: "African Union",
 * "Council of Europe"), nor in a proper name `inProperName` marks ("the European Parliament"). Longest
 * phrase first, so "south east asian" is one region, not "asian".
 */
export function readRegion(q: QuestionWords, catalog: CatalogSnapshot, taken: (i: number) => boolean, inProperName: (i: number) => boolean = () => false): RegionMatch | undefined {
  const body = readBodyName(q, catalog, taken);
  if (body) return body;
  const phrases = REGIONS.flatMap((region) => region.phrases.map((p) => ({ region, words: p.split(' ') }))).sort((a, b) => b.words.length - a.words.length);
  for (let i = 0; i < q.words.length; i++) {
    for (const { region, words } of phrases) {
      const end = i + words.length - 1;
      if (!words.every((w, k) => q.words[i + k] === w)) continue;
      if (words.some((_, k) => taken(i + k)) || inProperName(end) || (words.length === 1 && STATE_PREFIXES.has(q.words[i - 1] ?? ''))) continue;
      const bodies = region.bodies.map((body) => ({ body, ids: [...agreementsOf(catalog, body)] }));
      return { start: i, end, region, bodies, ids: new Set(bodies.flatMap((b) => b.ids)) };
    }
  }
  return undefined;
}

/**
 * A regional body named in full, in any case ("african union texts", "the east african community"):
 * that body alone, not its region. The region is kept to say where the body belongs.
 */
function readBodyName(q: QuestionWords, catalog: CatalogSnapshot, taken: (i: number) => boolean): RegionMatch | undefined {
  const text = ` ${q.text} `;
  for (const region of REGIONS) {
    for (const body of region.bodies) {
      const name = normalizeText(body.name);
      const at = text.indexOf(` ${name} `);
      if (at < 0) continue;
      const start = text.slice(0, at).trim().split(' ').filter((w) => w !== '').length;
      const end = start + name.split(' ').length - 1;
      if (taken(start) || taken(end)) continue;
      const ids = [...agreementsOf(catalog, body)];
      return { start, end, region, bodies: [{ body, ids }], ids: new Set(ids), body };
    }
  }
  return undefined;
}

/** Whether every word of a name is a region's word ("African", "Latin America"): a region, not a body's name. */
export function isRegionName(words: readonly string[]): boolean {
  const regionWords = new Set(REGIONS.flatMap((r) => r.phrases.flatMap((p) => p.split(' '))));
  const content = words.filter((w) => !STOPWORDS.has(w) && !GROUP_WORDS.has(w));
  return content.length > 0 && content.every((w) => regionWords.has(w));
}

/** "African states", "European bodies": words for a region's members, which name no body of their own. */
const GROUP_WORDS = new Set(['states', 'countries', 'nations', 'governments', 'bodies', 'organisations', 'organizations', 'members', 'leaders', 'region', 'regions', 'regional']);

/** The agreements a body convened: by its acronym, or by every word of its name, in the maintainer field. */
function agreementsOf(catalog: CatalogSnapshot, body: RegionalBody): Set<number> {
  const nameWords = normalizeText(body.name).split(' ').filter((w) => w !== '' && !STOPWORDS.has(w));
  const acronym = body.acronym ? normalizeText(body.acronym).replace(/ /g, '') : undefined;
  return new Set([...(acronym ? findMaintainedAgreements(catalog, [acronym]) : []), ...findMaintainedAgreements(catalog, nameWords)]);
}
