import type { Agreement, Binding, PartiesKind } from '../../src/core/catalog/agreement.js';
import type { NormElement } from '../../src/core/taxonomy/norm-element.js';
import { seededRandom, type Random } from '../../tests/helpers/seeded-random.js';

/** Synthetic agreement ids start here, above any shipped id. */
export const SYNTHETIC_FIRST_ID = 1_000;

// Names are built the way real ones are ("African Union Convention on Cyber Security and Personal
// Data Protection (Malabo Convention)", "G7 Declaration on Responsible States Behavior in
// Cyberspace"): an issuer, a title word, a topic of shared domain words, sometimes a place and a
// year, aliases that are acronyms, short forms and document codes.
const SYLLABLES = ['ka', 'lo', 'mi', 'ru', 'ten', 'vas', 'dor', 'pel', 'quin', 'zar', 'bo', 'nex', 'sal', 'tor', 'vin', 'mar', 'gal', 'ost', 'ber', 'lun', 'ria', 'sen', 'ta', 'ne'];
const ISSUER_KINDS = ['Union', 'Community', 'Forum', 'Council', 'Alliance', 'Organisation', 'Partnership', 'Group', 'Commission', 'Coalition', 'League', 'Network'];
const REGIONS = ['African', 'Asian', 'European', 'Pacific', 'Atlantic', 'Arab', 'Nordic', 'Andean', 'Caribbean', 'Baltic', 'Eurasian', 'Southern', 'Central', 'Western', 'Eastern', 'Global', 'International'];
const TITLES = ['Declaration', 'Convention', 'Charter', 'Framework', 'Agreement', 'Pledge', 'Statement', 'Code of Conduct', 'Principles', 'Recommendation', 'Guidelines', 'Communiqué', 'Commitment', 'Roadmap', 'Resolution', 'Accord', 'Call'];
const TOPICS = [
  'Cyber Security', 'Cybersecurity', 'Security in Cyberspace', 'Trust and Security in Cyberspace', 'International Information Security',
  'Cooperation in the Field of Information Security', 'Responsible State Behaviour in Cyberspace', 'Security of ICTs', 'Combating Cybercrime',
  'Personal Data Protection', 'Digital Security Risk Management', 'Critical Infrastructure Protection', 'Cyber Resilience', 'Internet Freedom',
  'Stability of Cyberspace', 'Confidence Building Measures', 'Cyber Defence', 'Digital Trust', 'Human Rights Online', 'Routing Security',
];
const KINDS: readonly PartiesKind[] = ['states', 'regional organisation', 'industry', 'multistakeholder', 'technical community'];
const KIND_WEIGHTS = [0.5, 0.2, 0.15, 0.1, 0.05];
const BINDINGS: readonly Binding[] = ['binding', 'politically binding', 'voluntary', 'non-binding'];
const BINDING_WEIGHTS = [0.15, 0.1, 0.4, 0.35];

/**
 * Agreement number `index` (0-based) of an endless synthetic catalog. Each agreement depends only on
 * its index, so the first 1,000 of a 100,000 catalog are the 1,000 of a 1,000 catalog, and questions
 * naming them mean the same agreement at every size. Element coverage is skewed like the real one:
 * a few elements (critical infrastructure, cooperation) are covered by many, most by few.
 */
export function syntheticAgreement(index: number, elements: readonly NormElement[]): Agreement {
  const rnd = seededRandom(0x5eed0000 + index);
  const id = SYNTHETIC_FIRST_ID + index;
  const place = capitalise(Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => rnd.pick(SYLLABLES)).join(''));
  const issuerWords = [rnd() < 0.5 ? rnd.pick(REGIONS) : place, rnd.pick(ISSUER_KINDS)];
  if (rnd() < 0.3) issuerWords.splice(1, 0, rnd.pick(['Economic', 'Digital', 'Security', 'Regional', 'Cooperation', 'Telecommunication']));
  const issuer = issuerWords.join(' ');
  const acronym = issuerWords.map((w) => w[0]).join('').toUpperCase() + (rnd() < 0.5 ? place[0]!.toUpperCase() : '');
  const title = rnd.pick(TITLES);
  const topic = rnd.pick(TOPICS);
  const year = 1995 + Math.floor(30 * Math.sqrt(rnd())); // more agreements in recent years
  const name = [
    () => `${issuer} ${title} on ${topic}`,
    () => `${place} ${title} on ${topic}`,
    () => `${title} of the ${issuer} on ${topic} (${place} ${title})`,
    () => `${issuer}'s ${title} for ${topic}`,
    () => `${acronym} ${title} on ${topic} (${year})`,
  ][Math.floor(rnd() * 5)]!();
  const aliases = [
    `${acronym} ${title}`,
    ...(rnd() < 0.6 ? [`${place} ${title} (${year})`] : []),
    ...(rnd() < 0.3 ? [`${acronym}/${Math.floor(rnd() * 90) + 10}/${100 + Math.floor(rnd() * 900)}`] : []),
  ];
  const coverage = skewedElements(rnd, elements).map((element) => ({
    element: element.id,
    evidence: `Article ${1 + Math.floor(rnd() * 30)}: the parties undertake to ${element.name.toLowerCase()} measures, and to report on them every ${2 + Math.floor(rnd() * 3)} years.`,
    source: `https://example.org/agreements/${id}#article-${element.id}`,
    status: rnd() < 0.2 ? ('unverified' as const) : ('sourced' as const),
  }));
  const kinds = [rnd.weighted(KINDS, KIND_WEIGHTS)];
  if (rnd() < 0.1) kinds.push(rnd.pick(KINDS.filter((k) => k !== kinds[0])));
  return {
    id,
    slug: `synthetic-${id}`,
    name,
    aliases: [...new Set(aliases)].filter((a) => a !== name),
    year: rnd() < 0.05 ? null : year,
    dateDetail: '',
    partiesKinds: kinds,
    partiesDetail: `members of the ${issuer}`,
    maintainer: `${issuer} Secretariat`,
    binding: rnd.weighted(BINDINGS, BINDING_WEIGHTS),
    bindingDetail: '',
    url: `https://example.org/agreements/${id}`,
    urlNote: '',
    factsSources: [`https://example.org/agreements/${id}`],
    coverage,
    addedAt: `20${20 + Math.floor(rnd() * 6)}-0${1 + Math.floor(rnd() * 9)}-15`,
    provenance: { kind: 'reference', ref: 'bench/synthetic', at: '2025-01-01T00:00:00.000Z' },
  };
}

/** Agreements `from` .. `from + count - 1` of the synthetic catalog. */
export function syntheticAgreements(count: number, elements: readonly NormElement[], from = 0): Agreement[] {
  return Array.from({ length: count }, (_, i) => syntheticAgreement(from + i, elements));
}

/** 1 to 14 elements (most agreements cover a few), drawn with Zipf weights over a fixed shuffle of the taxonomy. */
function skewedElements(rnd: Random, elements: readonly NormElement[]): NormElement[] {
  const ranked = popularity(elements);
  const count = Math.min(ranked.length, 1 + Math.floor(-Math.log(1 - rnd() * 0.999) * 3.5));
  const picked = new Set<NormElement>();
  for (let tries = 0; picked.size < count && tries < 200; tries++) picked.add(rnd.weighted(ranked, zipf(ranked.length)));
  return elements.filter((e) => picked.has(e)); // taxonomy order, as the store returns coverage
}

const popularityCache = new WeakMap<readonly NormElement[], NormElement[]>();
function popularity(elements: readonly NormElement[]): NormElement[] {
  let ranked = popularityCache.get(elements);
  if (!ranked) {
    const rnd = seededRandom(7);
    ranked = [...elements].map((e) => ({ e, k: rnd() })).sort((a, b) => a.k - b.k).map((x) => x.e);
    popularityCache.set(elements, ranked);
  }
  return ranked;
}

const zipfCache = new Map<number, number[]>();
function zipf(n: number): number[] {
  let w = zipfCache.get(n);
  if (!w) zipfCache.set(n, (w = Array.from({ length: n }, (_, i) => 1 / (i + 1))));
  return w;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
