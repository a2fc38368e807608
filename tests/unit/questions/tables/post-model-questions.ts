import type { QuestionCase } from '../../../helpers/question-case.js';
import {
  adopted, byYear, covering, covers, hasKind, hasStateParties, legallyBinding, maintainedBy, named, notBinding, reflectingGgeNorm, stateOnly, where,
} from '../../../helpers/catalog-predicates.js';

/**
 * Written after the question model was done and run once as written: a second check that it
 * generalises (the first run's score is in the test's title).
 */
export const POST_MODEL_CASES: readonly QuestionCase[] = [
  { ask: 'Which agreements address data protection but leave out human rights?', agreements: covering('1.2', (a) => !covers(a, '1.1')) },
  { ask: 'Are there binding texts on critical infrastructure adopted after 2012?', agreements: covering('2.1', (a) => legallyBinding(a) && adopted(a, 2013)) },
  { ask: 'Show me voluntary agreements from companies on vulnerabilities', agreements: covering('3.2', (a) => a.binding === 'voluntary' && hasKind(a, 'industry')) },
  { ask: 'what did the OAS agree on?', agreements: where((a) => maintainedBy(a, /\bOAS\b/)) },
  { ask: 'who is responsible for the DNS Abuse Framework?', intent: 'who-is-behind', agreements: named('DNS Abuse Framework'), text: /registries/ },
  { ask: 'Which agreements mirror GGE norm 13(h)?', intent: 'agreements-for-gge-norm', agreements: reflectingGgeNorm('h') },
  { ask: 'What about the Tallinn Manual?', intent: 'not-in-catalog', agreements: () => [] },
  { ask: 'Which agreements, other than the ones from the G7, cover elections?', agreements: covering('2.3', (a) => !maintainedBy(a, /\bG7\b/)) },
  { ask: ['Which agreements cover incident response?', 'just the ones after 2018'], agreements: covering('2.6', (a) => adopted(a, 2019)) },
  { ask: ['Which agreements cover botnets?', 'who wrote them?'], intent: 'who-is-behind', agreements: (c) => byYear(covering('5.5')(c)).slice(0, 5) },
  { ask: 'Which agreements talk about spyware without being binding?', agreements: covering('5.3', notBinding) },
  { ask: "Which agreements cover election infrastructure and aren't state-only?", agreements: covering('5.9', (a) => !stateOnly(a)) },
  { ask: 'What norms does the Contract for the Web contain?', intent: 'agreement-coverage', agreements: named('Contract for the Web') },
  { ask: 'Which agreements between 2016 and 2019 involve industry?', agreements: where((a) => adopted(a, 2016, 2019) && hasKind(a, 'industry')) },
  { ask: 'Which texts cover supply chain integrity and were not adopted by states?', agreements: covering('3.1', (a) => !hasStateParties(a)) },
  { ask: 'Which agreements say nothing about human rights?', agreements: where((a) => !covers(a, '1.1')) },
  { ask: 'Does the Cybersecurity Tech Accord cover botnets?', intent: 'agreement-coverage', agreements: named('Tech Accord'), text: /No: / },
  { ask: 'Which agreements from the technical community cover vulnerability disclosure?', agreements: covering('3.2', (a) => hasKind(a, 'technical community')) },
  { ask: 'Which agreements on CERTs came out before 2016?', agreements: covering(['2.5', '5.7'], (a) => adopted(a, -Infinity, 2015)) },
  { ask: 'What has ICANN agreed?', intent: 'not-in-catalog', agreements: () => [] },
];
