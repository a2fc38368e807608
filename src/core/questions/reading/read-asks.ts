import { tokenSimilarity } from '../../text/token-similarity.js';

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
  /** "who maintains ...", "which bodies ...": answered with maintainers and parties */
  who: boolean;
  /** "reflect", "implement", "in line with": how agreements relate to a norm */
  reflect: boolean;
}

/** Keywords whose misspellings still count ("declning", "frequncy", "comapre"). */
const FUZZY_KEYWORDS: ReadonlyArray<readonly [keyof Asks, readonly string[]]> = [
  ['trend', ['trend', 'trends', 'rising', 'declining', 'increasing', 'decreasing', 'growing']],
  ['rising', ['rising', 'increasing', 'growing']],
  ['declining', ['declining', 'decreasing', 'falling']],
  ['frequency', ['frequency', 'frequent', 'frequently', 'ranking', 'ranked']],
  ['compare', ['compare', 'comparison', 'difference', 'different', 'versus']],
];

/** What kind of answer the question asks for, from its wording (typos tolerated in a few keywords). */
export function readAsks(t: string): Asks {
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
      /\bwhat (?:norms?|was|were|has been|have been)\b.*\b(?:agreed|adopted|signed|endorsed|launched)\b|\b(?:which|what|list|show|name|give|find|any|all|are there|how many|who|whose)\b.*\b(?:agreements|instruments|texts|documents|commitments|declarations|frameworks|pledges|conventions|treaties|codes|initiatives|ones)\b|\b(?:which|any) (?:[a-z]+ ){0,3}(?:agreement|instrument|text|document|commitment|declaration|framework|pledge|convention|treaty|code|initiative)\b|\bwhat (?:agreement|instrument|text|document|commitment|declaration|framework|pledge|convention|treaty)\b|^(?:which|what|who) (?:covers?|mentions?|addresses|includes?|talks?|deals?|protects?|says?)\b/,
    ),
    taxonomy: has(/\b(?:taxonomy|categories|all (?:the )?(?:norm )?elements|list (?:of |all |the )*(?:norm )?elements|how many (?:norm )?elements|what (?:norm )?elements are there|which (?:norm )?elements are there)\b/),
    breadth: has(/\b(?:most|fewest|least|widest|broadest|narrowest|average|mean|median|only one|number of)\b.*\b(?:elements?|norms?)\b.*|\b(?:elements?|norms?) per agreement\b/) && has(/\bagreements?\b/),
    unverified: has(/\bunverified\b|\bnot verified\b|\bunsourced\b/),
    oldest: has(/\b(?:oldest|earliest|first adopted|first agreement)\b/),
    newest: has(/\b(?:newest|latest|most recent|last adopted|youngest)\b/),
    compare: has(/\b(?:compar\w*|versus|vs|diffs?|differ\w*|side by side|in common|overlap\w*|similarit\w*|contrast\w*)\b/),
    frequency: has(/\b(?:(?:the )?(?:most|fewest|least) agreements|(?:appear|appears|show up|shows up|turn up|turns up|come up|comes up|occur|occurs|feature|features|mentioned|covered|cited|used|included) (?:the )?most|(?:norms?|elements?) (?:\w+ )?(?:most|least) (?:often|common|frequent\w*)|frequen\w*|most common|least common|most often|least often|most cited|rank\w*|popular\w*|how often|most covered|least covered|top \d* ?(?:norms?|elements?)|distribution|counts? (?:of|per|by) (?:norms?|elements?))\b/),
    least: has(/\b(?:least|rarest|rare|fewest|bottom|less common|uncommon)\b/),
    trend: has(/\b(?:trends?|trending|(?:go|goes|going|went|gone) (?:up|down)|picking up|ris(?:e|es|ing)|declin\w*|increas\w*|decreas\w*|over time|grow\w*|emerg\w*|fall\w*|fading|gaining|losing|momentum|evolv\w*|evolution)\b/),
    // "up" of "show up", "signed up", "set up" is no rise
    rising: has(/\b(?:ris(?:e|es|ing)|increas\w*|grow\w*|emerg\w*|gaining|(?<!\b(?:show|shows|showing|turn|turns|come|comes|coming|pop|pops|sign|signs|signed|signing|set|sets|setting|take|takes|took|end|ends|ended|back|backed|sum|line|lined) )up)\b/),
    declining: has(/\b(?:declin\w*|decreas\w*|fall\w*|fading|losing|down)\b/),
    gge: has(/\bgge\b|group of governmental experts|\b13 ?[a-k]\b|\bun (?:gge )?norms?\b|\b(?:eleven|11) norms\b|\ba 70 174\b/),
    definition: has(/^(?:what|wht|wat|whats|what s)(?: is| are| does| do| s)?\b|\b(?:define|definition|meaning|mean|means|explain|describe|stand for|stands for|what is meant)\b/),
    added: has(
      /\badded\b|\bnew (?:in|to) (?:the )?catalog|\bcatalog(?:ue)? since\b|\bjoined the catalog|\bentered the (?:catalog|dataset)|\bwhat s new\b|\b(?:are|is|was|were) new\b|\b(?:since|after) (?:the )?(?:last |previous |latest |most recent |past )?igf\b/,
    ),
    help: has(/^(?:help|h|commands?|menu|start|hi|hello|hey|usage)$|\b(?:what can you do|how (?:do|can) i use|what do you know|what can i ask|how does this work|what are you)\b/),
    who: has(/^who\b|\bwho (?:is|are|was|were|maintains?|runs?|convened?s?|hosts?|leads?|manages?|oversees?|coordinates?|adopted|signed|drafted|wrote|launched|created|published|proposed|stands|backs?|agreed|has|have)\b|\bwhich (?:organi[sz]ations?|bodies|body|conveners?|institutions?|groups|maintainers?)\b|\bwho s behind\b/),
    reflect: has(/\b(?:reflects?|reflecting|implements?|implementing|echo(?:es)?|mirrors?|follows?|incorporates?|in line with|consistent with|builds? on|based on|upholds?|endorses?|refers? to|restates?|reaffirms?|aligned with|align with)\b/),
  };
}

