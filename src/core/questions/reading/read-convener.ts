import type { CatalogSnapshot } from '../../catalog/catalog-snapshot.js';
import { STOPWORDS } from '../../text/content-tokens.js';
import { COMMON_WORDS } from '../../text/common-words.js';
import type { AgreementMatchSpan } from '../../text/find-agreements.js';
import { findElements } from '../../text/find-elements.js';
import { normalizeText } from '../../text/normalize-text.js';
import type { AgreementFilters } from '../agreement-filters.js';
import { findMaintainedAgreements, isMaintainerWord, isNamingAcronym, namedMaintainer } from '../find-maintained-agreements.js';
import { cueFor, type NegationCue } from './read-polarity.js';
import { findSpans, overlaps, type QuestionWords, type WordSpan } from './question-words.js';
import { AGREEMENT_NOUNS, AGREEMENT_PLURALS, FILLER_WORDS, GGE_NORM_REFERENCE, hasAgreementWord } from './question-vocabulary.js';
import { isPartyPhrase } from './read-party-constraints.js';
import { isRegionName, readRegion } from './read-region.js';

/** Where a name after "by" or before "agreed" ends. */
const END = '(?= (?:that|which|who|and|or|cover|covers|covering|about|on|with|since|after|before|between|in|from|for|mention|mentions|mentioning|include|includes|talk|say|regarding|concerning|to|so far|ever)\\b|$)';
const ORG = '((?:[a-z][a-z0-9]* ){0,5}?[a-z][a-z0-9]*)';

/** "maintained by the OSCE", "hosted by the ITU" */
const MAINTAINER_PHRASE = new RegExp(`\\b(?:maintained|hosted|run|managed|administered|overseen|coordinated|stewarded|looked after|owned|convened|sponsored|chaired) by (?:the )?${ORG}${END}`);
/** "what has the OSCE agreed", "what did ASEAN sign", "what did the G7 say": the second group is the verb. */
const CONVENER_QUESTION = new RegExp(
  `\\b(?:has|have|did|does|do|had) (?:the )?${ORG} (?:ever |already |jointly |actually |collectively )?(agree|agreed|adopt|adopted|sign|signed|commit|committed|publish|published|issue|issued|endorse|endorsed|produce|produced|decide|decided|do|done|release|released|launch|launched|write|written|pledge|pledged|declare|declared|put out|come up with|say|said)\\b`,
);
/** "agreements by the Freedom Online Coalition", "texts from the African Union", "the G7 s declarations" */
const AGREEMENTS_BY = new RegExp(`\\b(?:agreements?|texts?|declarations?|documents?|commitments?|instruments?|statements?|norms|ones|pledges?|frameworks?) (?:by|from|of|adopted by|agreed by|signed by|issued by|made by|endorsed by) (?:the )?${ORG}${END}`);

/**
 * "which Commonwealth texts", "the African Union agreements": a capitalised name before agreement
 * words. The second group is set for a singular word ("the X Pledge"): one text of that name.
 */
const NAMED_AGREEMENTS = new RegExp(
  `\\b(?:which|what|any|the|list|show|all|are there) ${ORG} (?:agreements|texts|declarations|documents|commitments|instruments|statements|pledges|frameworks|conventions|treaties|(agreement|text|declaration|document|commitment|instrument|statement|pledge|framework|convention|treaty))\\b`,
);

export interface ConvenerReading {
  /** `bodyTexts`: read from "<body> <texts>" ("the SCO agreements"), which outweighs an agreement's name in those words ("SCO Agreement") */
  maintainer?: NonNullable<AgreementFilters['maintainer']> & WordSpan & { bodyTexts?: boolean };
  /** a convener named in a "what has X agreed" question that maintains nothing in the catalog */
  unknown?: { name: string } & WordSpan;
  /** the question asks what a convener agreed: a list of its agreements, not one agreement */
  asksWhatAgreed: boolean;
  /** an unknown name in a convener's place that names a text ("what does the Pact for the Future say?") */
  text?: { name: string } & WordSpan;
}

/**
 * The maintainer or convener a question names: "by the G7", "what has the OSCE agreed", "G20
 * agreements", "other than the UN ones" (excluded). An organisation inside an agreement's name in
 * the question ("the OSCE CBMs") is that agreement, not a convener.
 */
export function readConvener(input: ConvenerInput): ConvenerReading {
  const found = readBodyConvener(input);
  // "African agreements", "what has Africa agreed": a name of region words alone is the region, read as its bodies
  const body = found.maintainer ?? found.unknown;
  const bodyWords = body ? input.q.words.slice(body.start, body.end + 1) : [];
  if (body && !isRegionName(bodyWords)) return found;
  const named = (i: number) => input.agreements.some((a) => i >= a.start && i <= a.end);
  const region = readRegion(input.q, input.catalog, named, (i) => inProperName(input.question, input.q, i));
  if (!region) return found;
  const { start, end } = region;
  const label = region.body ? `by ${region.body.name}` : `by ${region.region.adjective} regional bodies`;
  const maintainer = { start, end, words: input.q.words.slice(start, end + 1), ids: region.ids, label, exclude: excluded(input.q, region, input.cues), region };
  // "what have African states agreed": the region is what the question asks about
  const asksWhatAgreed = found.asksWhatAgreed || findSpans(input.q.text, CONVENER_QUESTION).some((f) => overlaps(f, region));
  return { maintainer, asksWhatAgreed, ...(found.text ? { text: found.text } : {}) };
}

/**
 * Whether the word at `i` opens or continues a proper name with the capitalised word after it, as the
 * member wrote it: "the European Parliament", "the Arab Spring"; not "African Agreements" or "Asian
 * States" (words for agreements and parties).
 */
function inProperName(question: string, q: QuestionWords, i: number): boolean {
  const written = normalizeText(question.slice(0, 2_000)) === q.text ? question.slice(0, 2_000).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '') : [];
  if (written.length !== q.words.length) return false;
  const next = written[i + 1] ?? '';
  const nextWord = q.words[i + 1] ?? '';
  return /^\p{Lu}/u.test(next) && !AGREEMENT_NOUNS.has(nextWord) && !isPartyPhrase(nextWord) && !isRegionName([nextWord]);
}

interface ConvenerInput {
  question: string;
  q: QuestionWords;
  catalog: CatalogSnapshot;
  agreements: readonly AgreementMatchSpan[];
  cues: readonly NegationCue[];
  forList: boolean;
}

function readBodyConvener(input: ConvenerInput): ConvenerReading {
  const { question, q, catalog, cues } = input;
  const asked = findSpans(q.text, CONVENER_QUESTION)[0];
  const byName = findSpans(q.text, NAMED_AGREEMENTS).find((f) => looksLikeName(question, f.groups[0] ?? ''));
  const plain = (found: ReturnType<typeof findSpans>[number] | undefined) => found && { found, name: found.groups[0], asksWhatAgreed: false, aboutContent: false };
  const readings = [
    // "what did the G7 say" asks about content, as a text does; in "what does the Zorstad Pledge cover" the capital makes the verb a title
    asked && { found: asked, name: asked.groups[0], asksWhatAgreed: true, aboutContent: /^sa(?:y|id)$/.test(asked.groups[1] ?? '') || isTitled(question, asked.matched) },
    plain(findSpans(q.text, MAINTAINER_PHRASE)[0]),
    plain(findSpans(q.text, AGREEMENTS_BY)[0]),
    // "the Zorstad Pledge" is one text of that name, not what Zorstad agreed
    byName && { found: byName, name: afterVerb(byName.groups[0] ?? ''), asksWhatAgreed: false, aboutContent: byName.groups[1] !== undefined },
  ];
  // names read as texts' names ("the EU Cyber Resilience Act"): an acronym in them is no convener either
  const texts: Array<{ name: string } & WordSpan> = [];
  // "the GGE norm on CERTs" is a norm of the catalog's GGE set, whatever place it takes
  const normReferences = findSpans(q.text, GGE_NORM_REFERENCE);
  for (const reading of readings) {
    if (!reading) continue;
    const { found, asksWhatAgreed, aboutContent } = reading;
    const name = reading.name ?? '';
    const start = found.start + found.matched.split(' ').indexOf(name.split(' ')[0] ?? '');
    const span = { start, end: start + name.split(' ').length - 1 };
    const words = name.split(' ').filter((w) => w !== '' && !STOPWORDS.has(w));
    if (words.length === 0 || isPartyPhrase(name) || normReferences.some((r) => overlaps(r, span))) continue;
    // "what does the Tech Accord say": an agreement named in full is that agreement, even if it names its maintainer too
    if (input.agreements.some((a) => a.score >= 0.9 && overlaps(a, span))) continue;
    const ids = findMaintainedAgreements(catalog, words);
    if (ids.size > 0) {
      return { maintainer: { ...span, words, ids, label: `by ${displayOf(question, name)}`, exclude: excluded(q, span, cues) }, asksWhatAgreed };
    }
    // "which DNS agreements": a name no convener comes close to, whose words all name norm elements, is their topic
    if (namesTopicsOnly(name, catalog)) continue;
    // an unknown name that "says" something, or carries a title word ("Pact", "Principles", "Act"), is a text asked about, not a convener
    const unnamed = looksLikeName(question, name) && !input.agreements.some((a) => overlaps(a, span));
    if (aboutContent || hasAgreementWord(name)) {
      if (unnamed && !texts.some((t) => overlaps(t, span))) texts.push({ ...span, name: displayOf(question, name) });
      continue;
    }
    if (unnamed) return { unknown: { ...span, name: displayOf(question, name) }, asksWhatAgreed };
  }
  const acronym = readAcronym({ ...input, agreements: [...input.agreements, ...texts, ...normReferences] });
  const text = texts[0] ? { text: texts[0] } : {};
  return acronym ? { maintainer: acronym, asksWhatAgreed: false, ...text } : { asksWhatAgreed: false, ...text };
}

/** Whether every content word of a name is in some norm element's words matched in it ("DNS", "Human Rights"; not "Kalomi Forum"). */
function namesTopicsOnly(name: string, catalog: CatalogSnapshot): boolean {
  const matches = findElements(name, catalog);
  const covered = (i: number) => matches.some((m) => i >= (m.start ?? 0) && i <= (m.end ?? -1));
  return matches.length > 0 && name.split(' ').every((w, i) => STOPWORDS.has(w) || covered(i));
}

/**
 * "G7 agreements", "which OSCE texts": an organisation's acronym some maintainer field carries, outside any agreement name read.
 * Before a plural agreement noun ("gge texts", "SCO agreements", "oewg reports") an acronym some agreement is named after
 * counts too, typed in lower case as well, and the words are the body's texts, not one text whose name they match ("SCO Agreement").
 */
function readAcronym(input: { question: string; q: QuestionWords; catalog: CatalogSnapshot; agreements: readonly WordSpan[]; cues: readonly NegationCue[] }): ConvenerReading['maintainer'] {
  const { question, q, catalog, agreements, cues } = input;
  const upper = new Set([...question.slice(0, 2_000).matchAll(/\b([A-Z][A-Z0-9]{1,6})\b/g)].map((m) => (m[1] ?? '').toLowerCase()));
  for (const [i, word] of q.words.entries()) {
    const bodyTexts = AGREEMENT_PLURALS.has(q.words[i + 1] ?? '') && !q.clauseStarts.has(i + 1) && isNamingAcronym(catalog, word);
    // typed in lower case, only an acronym that is no English word ("g7", "osce"; not "first", "us")
    const written = upper.has(word) || (!COMMON_WORDS.has(word) && !STOPWORDS.has(word) && (bodyTexts || maintainerAcronyms(catalog).has(word)));
    const inName = agreements.some((a) => i >= a.start && i <= a.end && !(bodyTexts && a.start >= i && a.end <= i + 1));
    if (!written || inName || !(bodyTexts || isMaintainerWord(catalog, word))) continue;
    const span = { start: i, end: bodyTexts ? i + 1 : i };
    // every acronym read here is written in capitals, in the question or in the catalog
    const label = `by ${word.toUpperCase()}`;
    return { ...span, words: [word], ids: findMaintainedAgreements(catalog, [word]), label, exclude: excluded(q, span, cues), ...(bodyTexts ? { bodyTexts } : {}) };
  }
  return undefined;
}

const acronymCache = new WeakMap<CatalogSnapshot, ReadonlySet<string>>();

/** Words written in capitals in maintainer fields ("OSCE", "G7", "ASEAN"), lower-cased. */
function maintainerAcronyms(catalog: CatalogSnapshot): ReadonlySet<string> {
  let found = acronymCache.get(catalog);
  if (!found) {
    found = new Set(catalog.agreements.flatMap((a) => [...(namedMaintainer(a) ?? '').matchAll(/\b([A-Z][A-Z0-9]{1,6})\b/g)].map((m) => (m[1] ?? '').toLowerCase())));
    acronymCache.set(catalog, found);
  }
  return found;
}

/** "not maintained by the UN", "other than the G7 ones" */
const MAINTAINING = new Set(['maintained', 'hosted', 'run', 'managed', 'administered', 'overseen', 'coordinated', 'convened', 'sponsored', 'chaired', 'stewarded', 'owned']);

function excluded(q: QuestionWords, span: WordSpan, cues: readonly NegationCue[]): boolean {
  return cueFor(q, span, cues, (w) => FILLER_WORDS.has(w) || AGREEMENT_NOUNS.has(w) || MAINTAINING.has(w)) !== undefined;
}

/** The name as the member wrote it ("the Council of Europe" -> "Council of Europe"), else as read. */
function displayOf(question: string, normalName: string): string {
  const pattern = normalName.split(' ').map((w) => w.replace(/[^a-z0-9]/g, '')).join('[^A-Za-z0-9]+');
  const m = new RegExp(`\\b${pattern}\\b`, 'i').exec(question);
  return m ? m[0] : normalName;
}

const VERBS = new Set(['does', 'did', 'do', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'can', 'could', 'will', 'would', 'should']);

/** "norms does the Budapest" (of "what norms does the Budapest Convention cover"): the name starts after the verb and its article. */
function afterVerb(name: string): string {
  const words = name.split(' ');
  let k = words.length - 1;
  while (k >= 0 && !VERBS.has(words[k]!)) k--;
  if (k >= 0 && ['the', 'a', 'an'].includes(words[k + 1] ?? '')) k++;
  return words.slice(k + 1).join(' ');
}

/** The words' last one is written with a capital: "does the Zorstad Pledge", not "does Zorstad pledge". */
function isTitled(question: string, normalWords: string): boolean {
  return /\s[A-Z][^\s]*$/.test(displayOf(question, normalWords));
}

/** A proper name: some word written with a capital, or one that is no common word. */
function looksLikeName(question: string, normalName: string): boolean {
  const shown = displayOf(question, normalName);
  return /\b[A-Z]/.test(shown) && normalizeText(shown).split(' ').some((w) => !COMMON_WORDS.has(w) && !STOPWORDS.has(w));
}
