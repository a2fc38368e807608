import type { Agreement } from '../../src/core/catalog/agreement.js';
import { anAgreement } from './agreement-builder.js';
import type { Random } from './seeded-random.js';


// shared domain words (some of them element words: "trust", "cooperation", "internet"), so long
// posting lists and near-duplicate names occur as in a large real catalog
const COMMON = ['Cyber', 'Security', 'Cybersecurity', 'Declaration', 'Convention', 'Charter', 'Information', 'International', 'Cooperation',
  'Trust', 'Digital', 'Code', 'Conduct', 'State', 'Behaviour', 'Cyberspace', 'Union', 'African', 'European', 'Forum', 'Principles', 'Internet',
  'Framework', 'Regional', 'Statement', 'Commitment', 'Agreement', 'Responsible', 'Stability', 'Global', 'Pledge', 'Joint'];
// frequent words that are not ordinary ones (not in COMMON_WORDS): names starting with one of them
// match on their first two words alone ("Nordic Cyber ...")
const REGIONS = ['Nordic', 'Andean'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ru', 'ten', 'vas', 'dor', 'pel', 'quin', 'zar', 'bo', 'nex'];

function rareWord(rnd: Random): string {
  const w = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => rnd.pick(SYLLABLES)).join('');
  return w[0]!.toUpperCase() + w.slice(1);
}

/** An agreement name as they come: common words, a rare word or an acronym, a year, brackets. */
function randomName(rnd: Random): string {
  // the first common words far more often than the last, as "security" is more common than "pledge"
  const common = () => COMMON[Math.floor(rnd() * rnd() * COMMON.length)]!;
  const words = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => (rnd() < 0.7 ? common() : rareWord(rnd)));
  if (rnd() < 0.3) words.splice(Math.floor(rnd() * words.length), 0, rnd.pick(['on', 'of the', 'for', 'and']));
  if (rnd() < 0.2) words.push(String(1995 + Math.floor(rnd() * 30)));
  if (rnd() < 0.2) words.push(`(${rnd() < 0.5 ? rareWord(rnd) : rnd.pick(COMMON)})`);
  if (rnd() < 0.1) words.unshift(rareWord(rnd).slice(0, 3).toUpperCase());
  if (rnd() < 0.3) words.unshift(rnd.pick(REGIONS));
  return words.join(' ');
}

/** `count` agreements with random names and aliases, ids from `firstId`. */
export function randomAgreements(rnd: Random, count: number, firstId = 1): Agreement[] {
  return Array.from({ length: count }, (_, i) =>
    anAgreement(firstId + i, 2000 + (i % 20), [], { name: randomName(rnd), aliases: Array.from({ length: Math.floor(rnd() * 3) }, () => randomName(rnd)) }),
  );
}

/** A question naming some of the agreements the way people do: whole, in part, reordered, with typos, among other words. */
export function randomQuery(rnd: Random, agreements: readonly Agreement[]): string {
  const parts: string[] = [];
  for (let k = 0; k < 1 + Math.floor(rnd() * 2); k++) {
    const a = rnd.pick(agreements);
    const name = rnd.pick([a.name, ...a.aliases]).split(' ');
    const r = rnd();
    let words = r < 0.3 ? name : r < 0.5 ? name.slice(0, 1 + Math.floor(rnd() * name.length)) : r < 0.65 ? name.filter(() => rnd() < 0.6) : r < 0.8 ? [...name].sort(() => rnd() - 0.5) : name;
    if (rnd() < 0.4) words = words.map((w) => (w.length >= 5 && rnd() < 0.4 ? typo(rnd, w) : w));
    parts.push((rnd() < 0.3 ? words.map((w) => w.toLowerCase()) : words).join(' '));
  }
  const filler = rnd.pick(['What does the %s cover?', 'Compare %s', 'Tell me about %s', '%s', 'which agreements like %s mention Zanzibar', 'Is %s from 2015?']);
  const extra = rnd() < 0.3 ? ` and ${rnd.pick(COMMON)} ${rnd() < 0.5 ? rareWord(rnd) : ''}` : '';
  return filler.replace('%s', parts.join(rnd() < 0.5 ? ' and ' : ' vs ')) + extra;
}

/** One edit a hurried writer makes: two letters swapped, one dropped, doubled or replaced. */
function typo(rnd: Random, w: string): string {
  const at = 1 + Math.floor(rnd() * (w.length - 2));
  switch (Math.floor(rnd() * 4)) {
    case 0:
      return w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
    case 1:
      return w.slice(0, at) + w.slice(at + 1);
    case 2:
      return w.slice(0, at) + w[at] + w.slice(at);
    default:
      return w.slice(0, at) + rnd.pick(['a', 'e', 'o', 'x']) + w.slice(at + 1);
  }
}
