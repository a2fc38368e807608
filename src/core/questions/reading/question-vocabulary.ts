import { AGREEMENT_TITLE_WORDS } from '../../text/agreement-title-words.js';
import { normalizeText } from '../../text/normalize-text.js';

/** Words members use for agreements in general ("which texts", "the ones"), singular and plural. */
export const AGREEMENT_NOUNS: ReadonlySet<string> = new Set(
  `agreement agreements text texts document documents commitment commitments declaration declarations framework frameworks pledge pledges
   convention conventions treaty treaties code codes initiative initiatives instrument instruments one ones statement statements charter
   charters accord accords communique communiques resolution resolutions report reports principles norms`.split(/\s+/),
);

/** The plural ones ("texts", "reports", "treaties"): "the GGE reports" are several texts of a body, not one text named "GGE report". */
export const AGREEMENT_PLURALS: ReadonlySet<string> = new Set(
  [...AGREEMENT_NOUNS].filter((w) => w !== 'ones' && [w.replace(/ies$/, 'y'), w.replace(/s$/, '')].some((one) => one !== w && AGREEMENT_NOUNS.has(one))),
);

const TITLE_WORDS = AGREEMENT_TITLE_WORDS.map(normalizeText);

/**
 * Whether normalised text has a word for agreements: as such ("texts", "treaties") or in a title
 * ("Pact for the Future", "Cyber Resilience Act"). "One(s)" only stands in for agreements named before ("the binding ones").
 */
export function hasAgreementWord(text: string): boolean {
  const padded = ` ${text} `;
  return TITLE_WORDS.some((w) => padded.includes(` ${w} `)) || text.split(' ').some((w) => AGREEMENT_NOUNS.has(w) && w !== 'one' && w !== 'ones');
}

/** Words that carry no constraint of their own between a cue and what it governs ("not signed by the", "excluding those that are"). */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  `the a an any all those these them that which who are is were was be been being by from with of to for in on signed adopted made
   agreed led launched issued ones one agreements agreement texts parties party involving involve include includes including have has
   do does did also even either kind kinds type types sort from their there where`.split(/\s+/),
);

/** "cover", "mention": the question asks what an agreement says, so a negation before them excludes the topic. */
export const COVER_VERBS: ReadonlySet<string> = new Set(
  `cover covers covering covered mention mentions mentioning mentioned address addresses addressing addressed include includes including
   included deal deals dealing with talk talks talking about say says saying refer refers referring touch touches touching discuss
   discusses discussing contain contains containing feature features on concern concerns concerning regarding`.split(/\s+/),
);

/**
 * Words that frame a topic as something not to do ("no attacks on the DNS", "not harming CERTs"):
 * the negation belongs to the norm, not to the question, and it points to the restraint element
 * of a topic the taxonomy has twice (CERTs: 2.5 capacity and 5.7 no harm).
 */
export const RESTRAINT_WORDS: ReadonlySet<string> = new Set(
  `attack attacks attacking attacked damage damaging damages harm harming harms disrupt disrupting disruption target targeting targets
   sabotage sabotaging destroy destroying impair impairing undermine undermining weaken weakening hack hacking hacked tamper tampering
   restraint refrain refraining offensive strike strikes use using develop developing deploy deploying spread spreading introduce
   introducing insert inserting interfere interfering interference against`.split(/\s+/),
);

/** Words that frame a topic as a practice to build or follow: they point to the non-restraint element of such a topic. */
export const PRACTICE_WORDS: ReadonlySet<string> = new Set(
  `practice practices hygiene security measures operators operational technical capacity capacities building build set setting
   establish establishing national standards standard management manage managing configuration operate operating secure securing
   improve improving strengthen strengthening best good resilience`.split(/\s+/),
);

/**
 * Words that frame a topic as help between parties ("help each other when critical infrastructure is
 * attacked", "s'entraider", "ayudarse"): they point to the assistance element the taxonomy has for
 * the topic (4.3 for critical infrastructure), not to the topic's protection.
 */
export const ASSISTANCE_WORDS: ReadonlySet<string> = new Set(
  `help helps helping helped assist assists assisting assisted assistance aid aids aiding mutual request requests requesting requested
   entraide entraider entraident aider aident aide assister ayuda ayudar ayudarse ayudan ayuden asistencia asistir asistan auxilio`.split(/\s+/),
);

/** The body of the UN GGE 2015 norms as members name it: "GGE", "UN GGE", "the 2015 GGE", "Group of Governmental Experts", "UN". */
const GGE_BODY = '(?:(?:(?:un|united nations) )?(?:2015 )?(?:gge|group of governmental experts)(?: 2015)?|un|united nations)';

/**
 * "the GGE norm on CERTs", "UN GGE norms", "the UN norm about supply chain": norms of the catalog's
 * UN GGE 2015 set named by their body, neither a convener whose agreements are asked for nor a text's name.
 */
export const GGE_NORM_REFERENCE = new RegExp(`\\b${GGE_BODY} norms?\\b`);
