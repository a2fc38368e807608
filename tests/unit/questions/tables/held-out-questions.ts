import type { QuestionCase } from '../../../helpers/question-case.js';
import {
  adopted, covering, hasKind, hasStateParties, legallyBinding, maintainedBy, named, notBinding, reflectingGgeNorm, stateOnly, where, byYear,
} from '../../../helpers/catalog-predicates.js';

/**
 * Held out: written before the question model was built and not tuned against. They check that
 * the model generalises to phrasings it was not fitted to (the report gives the score it had when
 * first run, and what was changed afterwards, if anything).
 */
export const HELD_OUT_CASES: readonly QuestionCase[] = [
  { ask: "Which agreements mention cybercrime but aren't binding?", agreements: covering('4.2', notBinding) },
  { ask: 'any agreements on supply chain security that go beyond state-only ones?', agreements: covering('3.1', (a) => !stateOnly(a)) },
  { ask: 'what has the G20 agreed?', agreements: where((a) => maintainedBy(a, /\bG20\b/)) },
  { ask: 'Which texts did NATO adopt?', agreements: where((a) => maintainedBy(a, /\bNATO\b/)) },
  { ask: 'agreements about botnets, leaving out industry ones', agreements: covering('5.5', (a) => !hasKind(a, 'industry')) },
  { ask: 'Which agreements adopted in the last four years cover human rights?', agreements: covering('1.1', (a) => adopted(a, 2022)) },
  { ask: 'which agreements came out between 2012 and 2016 on critical infrastructure', agreements: covering('2.1', (a) => adopted(a, 2012, 2016)) },
  { ask: 'Which agreements reflect GGE norm 13(j)?', agreements: reflectingGgeNorm('j') },
  { ask: 'which agreements are in line with the GGE norm on due diligence?', agreements: reflectingGgeNorm('c') },
  { ask: 'What does the Pall Mall Process say about spyware?', intent: 'not-in-catalog', agreements: () => [], text: /bpf-cybersecurity-contribution@intgovforum\.org/ },
  { ask: 'Tell me about the UN Convention against Cybercrime', intent: 'not-in-catalog', agreements: () => [] },
  { ask: 'Who is behind the Contract for the Web?', agreements: named('Contract for the Web'), text: /World Wide Web Foundation/ },
  { ask: 'who runs MANRS', agreements: named('MANRS'), text: /Internet Society/ },
  { ask: ['Which agreements cover vulnerability disclosure?', 'only the voluntary ones'], agreements: covering('3.2', (a) => a.binding === 'voluntary') },
  { ask: ['which agreements talk about elections?', 'and which of those were adopted before 2019?'], agreements: covering('2.3', (a) => adopted(a, -Infinity, 2018)) },
  { ask: ['What agreements cover personal data?', 'compare the first two'], intent: 'compare-agreements', agreements: (c) => byYear(covering('1.2')(c)).slice(0, 2) },
  { ask: 'Which agreements cover human rights and are not only signed by states?', agreements: covering('1.1', (a) => !stateOnly(a)) },
  { ask: 'Which multistakeholder agreements cover elections?', agreements: covering('2.3', (a) => hasKind(a, 'multistakeholder')) },
  { ask: 'Which agreements protect companies from hack backs?', agreements: covering('5.4') },
  { ask: 'what agreements deal with espionage against businesses?', agreements: covering('5.2') },
  { ask: 'Which agreements by the African Union cover personal data?', agreements: covering('1.2', (a) => maintainedBy(a, /African Union/)) },
  { ask: 'Which agreements other than the UN ones cover CERTs?', agreements: covering(['2.5', '5.7'], (a) => !maintainedBy(a, /United Nations/)) },
  { ask: 'list agreements from before 2012 that are binding', agreements: where((a) => adopted(a, -Infinity, 2011) && legallyBinding(a)) },
  { ask: 'Does the Tech Accord reflect norm 13(j)?', agreements: named('Tech Accord'), norms: ['3.2'], text: /Yes/ },
  { ask: 'Which agreements since 2019 cover routing security?', agreements: covering('6.1', (a) => adopted(a, 2019)) },
  { ask: 'Which agreements cover attacks on the DNS?', agreements: covering('5.8') },
  { ask: "which norms on the internet's public core are in agreements without state parties?", agreements: covering('5.8', (a) => !hasStateParties(a)) },
  { ask: 'What has the Freedom Online Coalition agreed on?', agreements: where((a) => maintainedBy(a, /Freedom Online Coalition/)) },
  { ask: 'What did ASEAN sign?', agreements: where((a) => maintainedBy(a, /\bASEAN\b/)) },
  { ask: 'Which agreements cover incident response, apart from industry-led ones?', agreements: covering('2.6', (a) => !hasKind(a, 'industry')) },
];
