import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { findAgreementSpans, type AgreementMatchSpan } from '../text/find-agreements.js';
import { findElementIds } from '../text/find-element-ids.js';
import { findElements, type ElementMatch } from '../text/find-elements.js';
import { citedLetters, findGgeNorms, type GgeNormMatch } from '../text/find-gge-norms.js';
import { normalizeText } from '../text/normalize-text.js';
import { tokenSimilarity } from '../text/token-similarity.js';
import type { Category } from '../taxonomy/norm-element.js';
import { isMaintainerWord, maintainedBy, type AgreementFilters } from './agreement-filters.js';
import { STOPWORDS } from '../text/content-tokens.js';
import { MAINTAINER_PHRASE, readFilters } from './read-filters.js';

/** Everything the intents need to know about a question, read once. */
export interface ReadQuestion {
  /** normalised text */
  text: string;
  /** agreements named, best first (score >= 0.6) */
  agreements: AgreementMatchSpan[];
  /** elements named (outside agreement names), best first, with ids written as "2.5" first */
  elements: ElementMatch[];
  ggeNorms: GgeNormMatch[];
  /** letters cited as "13(f)" or "norm f" */
  ggeLetters: string[];
  filters: AgreementFilters;
  /** a category named as a whole ("the restraint norms") */
  category: Category | undefined;
  asks: Asks;
}

export interface Asks {
  forList: boolean;
  oldest: boolean;
  taxonomy: boolean;
  breadth: boolean;
  unverified: boolean;
  newest: boolean;
  compare: boolean;
  frequency: boolean;
  least: boolean;
  trend: boolean;
  rising: boolean;
  declining: boolean;
  gge: boolean;
  definition: boolean;
  added: boolean;
  help: boolean;
}

/** An agreement named this well is what the question is about (partial names score 0.5-0.8). */
export const NAMED_AGREEMENT_SCORE = 0.6;

export function readQuestion(question: string, catalog: CatalogSnapshot, now: Date): ReadQuestion {
  const text = normalizeText(question);
  const words = text.split(' ');
  // "maintained by the OSCE" names a maintainer, not the OSCE's agreement
  const maintainerWords = wordRange(text, MAINTAINER_PHRASE);
  const asks = readAsks(text);
  // in "which agreements cover DNS abuse?" a partial name ("DNS Abuse Framework") is the topic, not the subject
  const minScore = asks.forList ? 0.9 : NAMED_AGREEMENT_SCORE;
  const agreements = findAgreementSpans(question, catalog).filter(
    (m) => m.score >= minScore && !(maintainerWords && m.start >= maintainerWords.start && m.end <= maintainerWords.end),
  );
  // words inside an agreement's name are not read as elements or filters ("Paris Call for Trust")
  const residual = words.map((w, i) => (agreements.some((a) => i >= a.start && i <= a.end) ? '_' : w)).join(' ');
  const ids = findElementIds(question, catalog).map((element) => ({ element, score: 1, matched: element.id }));
  const byText = findElements(residual, catalog).filter((m) => !ids.some((i) => i.element.id === m.element.id));
  const filters = readFilters(residual, now, asks.added);
  if (!filters.maintainer) {
    const maintainer = readMaintainerAcronym(question, agreements, catalog) ?? readMaintainerName(residual, catalog);
    if (maintainer) filters.maintainer = maintainer;
  }
  return {
    text,
    agreements,
    elements: [...ids, ...keepStrongest(byText)],
    ggeNorms: findGgeNorms(residual, catalog),
    ggeLetters: citedLetters(question),
    filters,
    category: findCategory(residual, catalog),
    asks,
  };
}

/**
 * "G7 agreements", "adopted by the UN": an organisation written as an acronym that maintains some
 * agreement is read as a maintainer filter, unless it is part of an agreement's name in the question.
 */
function readMaintainerAcronym(question: string, named: readonly AgreementMatchSpan[], catalog: CatalogSnapshot): AgreementFilters['maintainer'] {
  const namedWords = new Set(named.flatMap((m) => normalizeText(m.agreement.name + ' ' + m.agreement.aliases.join(' ')).split(' ')));
  for (const m of question.slice(0, 2_000).matchAll(/\b([A-Z][A-Z0-9]{1,6})\b/g)) {
    const word = (m[1] ?? '').toLowerCase();
    if (namedWords.has(word) && named.length > 0) continue;
    if (isMaintainerWord(catalog, word)) return { words: [word], label: `maintained by ${m[1]}` };
  }
  return undefined;
}

/** "agreements by the Freedom Online Coalition": a name after "agreements by/from/of" that is some agreement's maintainer. */
function readMaintainerName(text: string, catalog: CatalogSnapshot): AgreementFilters['maintainer'] {
  const m = /\b(?:agreements?|texts|declarations|documents|commitments|instruments) (?:by|from|of) (?:the )?([a-z][a-z ]*?)(?= (?:that|which|on|about|cover|covers|covering|mention|mentions|since|after|before|between|in)\b|$)/.exec(text);
  const words = (m?.[1] ?? '').split(' ').filter((w) => w.length >= 2 && !STOPWORDS.has(w));
  if (words.length === 0 || !catalog.agreements.some((a) => maintainedBy(a, words))) return undefined;
  return { words, label: `maintained by ${words.join(' ')}` };
}

const CATEGORY_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\brights and freedoms\b/, '1'],
  [/\binformation security and resilience\b/, '2'],
  [/\breliability of products\b|\bproduct reliability\b/, '3'],
  [/\bcooperation and assistance\b/, '4'],
  [/\brestraint\b/, '5'],
  [/\btechnical operational\b|\boperational\b/, '6'],
];

/** A category named as a whole: "the restraint norms", "category 3". */
function findCategory(text: string, catalog: CatalogSnapshot): Category | undefined {
  const id = /\bcategory ([1-6])\b/.exec(text)?.[1] ?? CATEGORY_WORDS.find(([re]) => re.test(text))?.[1];
  return id ? catalog.categories.find((c) => c.id === id) : undefined;
}

/** Word positions (inclusive) of a pattern's first match in normalised text. */
function wordRange(text: string, re: RegExp): { start: number; end: number } | undefined {
  const m = re.exec(text);
  if (!m) return undefined;
  const start = text.slice(0, m.index).split(' ').length - 1;
  return { start, end: start + m[0].split(' ').length - 1 };
}

/** Drops weak side matches ("trust" at 0.85 next to "supply chain integrity" at 1). */
function keepStrongest(matches: ElementMatch[]): ElementMatch[] {
  const top = matches[0]?.score ?? 0;
  return matches.filter((m) => m.score >= top - 0.2);
}

/** Keywords whose misspellings still count ("declning", "frequncy", "comapre"). */
const FUZZY_KEYWORDS: ReadonlyArray<readonly [keyof Asks, readonly string[]]> = [
  ['trend', ['trend', 'trends', 'rising', 'declining', 'increasing', 'decreasing', 'growing']],
  ['rising', ['rising', 'increasing', 'growing']],
  ['declining', ['declining', 'decreasing', 'falling']],
  ['frequency', ['frequency', 'frequent', 'frequently', 'ranking', 'ranked']],
  ['compare', ['compare', 'comparison', 'difference', 'different', 'versus']],
];

function readAsks(t: string): Asks {
  const asks = readAsksExactly(t);
  const words = t.split(' ').filter((w) => w.length >= 5);
  for (const [key, keywords] of FUZZY_KEYWORDS) {
    if (!asks[key] && words.some((w) => keywords.some((k) => tokenSimilarity(w, k) > 0))) asks[key] = true;
  }
  return asks;
}

function readAsksExactly(t: string): Asks {
  const has = (re: RegExp) => re.test(t);
  return {
    forList: has(
      /\b(?:which|what|list|show|name|give|find|any|all|are there|how many|who|whose)\b.*\b(?:agreements|instruments|texts|documents|commitments|declarations|frameworks|pledges|conventions|treaties|codes|initiatives|ones)\b|\b(?:which|any) (?:[a-z]+ ){0,3}(?:agreement|instrument|text|document|commitment|declaration|framework|pledge|convention|treaty|code|initiative)\b|\bwhat (?:agreement|instrument|text|document|commitment|declaration|framework|pledge|convention|treaty)\b|^(?:which|what|who) (?:covers?|mentions?|addresses|includes?|talks?|deals?|protects?|says?)\b/,
    ),
    taxonomy: has(/\b(?:taxonomy|categories|all (?:the )?(?:norm )?elements|list (?:of |all |the )*(?:norm )?elements|how many (?:norm )?elements|what (?:norm )?elements are there|which (?:norm )?elements are there)\b/),
    breadth: has(/\b(?:most|fewest|least|widest|broadest|narrowest|average|mean|median|only one|number of)\b.*\b(?:elements?|norms?)\b.*|\b(?:elements?|norms?) per agreement\b/) && has(/\bagreements?\b/),
    unverified: has(/\bunverified\b|\bnot verified\b|\bunsourced\b/),
    oldest: has(/\b(?:oldest|earliest|first adopted|first agreement)\b/),
    newest: has(/\b(?:newest|latest|most recent|last adopted|youngest)\b/),
    compare: has(/\b(?:compar\w*|versus|vs|differ\w*|side by side|in common|overlap\w*|similarit\w*|contrast\w*)\b/),
    frequency: has(/\b(?:(?:the )?(?:most|fewest|least) agreements|(?:appear|appears|mentioned|covered|cited|used|included) (?:the )?most|(?:norms?|elements?) (?:\w+ )?(?:most|least) (?:often|common|frequent\w*)|frequen\w*|most common|least common|most often|least often|most cited|rank\w*|popular\w*|how often|most covered|least covered|top \d* ?(?:norms?|elements?)|distribution|counts? (?:of|per|by) (?:norms?|elements?))\b/),
    least: has(/\b(?:least|rarest|rare|fewest|bottom|less common|uncommon)\b/),
    trend: has(/\b(?:trends?|trending|ris(?:e|es|ing)|declin\w*|increas\w*|decreas\w*|over time|grow\w*|emerg\w*|fall\w*|fading|gaining|losing|momentum|evolv\w*|evolution)\b/),
    rising: has(/\b(?:ris(?:e|es|ing)|increas\w*|grow\w*|emerg\w*|gaining|up)\b/),
    declining: has(/\b(?:declin\w*|decreas\w*|fall\w*|fading|losing|down)\b/),
    gge: has(/\bgge\b|group of governmental experts|\b13 ?[a-k]\b|\bun (?:gge )?norms?\b|\b(?:eleven|11) norms\b|\ba 70 174\b/),
    definition: has(/^(?:what|wht|wat|whats|what s)(?: is| are| does| do| s)?\b|\b(?:define|definition|meaning|mean|means|explain|describe|stand for|stands for|what is meant)\b/),
    added: has(
      /\badded\b|\bnew (?:in|to) (?:the )?catalog|\bcatalog(?:ue)? since\b|\bjoined the catalog|\bentered the (?:catalog|dataset)|\bwhat s new\b|\b(?:are|is|was|were) new\b|\b(?:since|after) (?:the )?(?:last |previous |latest |most recent |past )?igf\b/,
    ),
    help: has(/^(?:help|h|commands?|menu|start|hi|hello|hey|usage)$|\b(?:what can you do|how (?:do|can) i use|what do you know|what can i ask|how does this work|what are you)\b/),
  };
}

