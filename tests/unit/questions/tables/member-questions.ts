import type { QuestionCase } from '../../../helpers/question-case.js';
import {
  adopted, byYear, covering, coveringNoneOfCategory, covers, hasKind, hasStateParties, legallyBinding, maintainedBy, named, notBinding, reflectingGgeNorm, stateOnly, where,
} from '../../../helpers/catalog-predicates.js';

/**
 * Member questions as they are typed in chat, with the answer each must give, computed from the
 * catalog. Used to build the question model (the held-out table was not).
 */
export const MEMBER_CASES: readonly QuestionCase[] = [
  // negation and contrast
  { ask: 'Which agreements cover human rights but are not state-only?', agreements: covering('1.1', (a) => !stateOnly(a)) },
  { ask: 'human rights agreements that involve more than just governments', agreements: covering('1.1', (a) => !stateOnly(a)) },
  { ask: 'Which agreements on elections are not signed by states?', agreements: covering('2.3', (a) => !hasStateParties(a)) },
  { ask: 'multistakeholder agreements on human rights rather than state-only ones', agreements: covering('1.1', (a) => hasKind(a, 'multistakeholder') && !stateOnly(a)) },
  { ask: 'Which agreements cover personal data, excluding industry?', agreements: covering('1.2', (a) => !hasKind(a, 'industry')) },
  { ask: 'agreements on cybercrime apart from the binding ones', agreements: covering('4.2', notBinding) },
  { ask: 'Which agreements cover critical infrastructure protection but not essential services?', agreements: covering('2.1', (a) => !covers(a, '2.2')) },
  { ask: 'Which texts mention human rights and not elections?', agreements: covering('1.1', (a) => !covers(a, '2.3')) },
  { ask: "Which agreements don't mention human rights?", agreements: where((a) => !covers(a, '1.1')) },
  { ask: 'any commitments on ICT theft from companies?', agreements: covering('5.2') },
  { ask: 'Which agreements cover hack back, excluding multistakeholder ones?', agreements: covering('5.4', (a) => !hasKind(a, 'multistakeholder')) },
  { ask: "Is there any agreement on IoT security that's not industry-led?", agreements: covering('5.5', (a) => !hasKind(a, 'industry')) },
  { ask: 'Which agreements before 2015 are not binding?', agreements: where((a) => adopted(a, -Infinity, 2014) && notBinding(a)) },
  { ask: 'which agreements that are not from the UN cover due diligence?', agreements: covering('4.4', (a) => !maintainedBy(a, /United Nations/)) },
  // restraint norms are phrased with "not" and "no": that is the norm, not a negation
  { ask: 'which agreements say states should not attack CERTs?', agreements: covering('5.7') },
  { ask: 'Which agreements commit to no hack back?', agreements: covering('5.4') },
  { ask: 'Which agreements cover attacks on critical infrastructure?', agreements: covering('5.6') },
  // the verb forms of attacking, damaging or harming infrastructure are the restraint norm, not protection (2.1, 13(g))
  // members shorten words as they do in chat
  { ask: ['vuln disclosure agreements', 'which agreements mention vulns?'], agreements: covering('3.2') },
  { ask: ['which agreements cover damaging critical infrastructure?', 'agreements against attacking critical infrastructure'], agreements: covering('5.6') },
  { ask: 'which agreements include the GGE norm against attacking critical infrastructure', intent: 'agreements-for-gge-norm', agreements: reflectingGgeNorm('f') },
  // neighbouring elements: practice or restraint
  { ask: 'which agreements help set up national CERTs?', agreements: covering('2.5') },
  { ask: 'Which agreements cover routing and DNS practice?', agreements: covering('6.1') },
  { ask: 'which agreements protect the public core of the internet?', agreements: covering('5.8') },
  { ask: 'Which agreements cover DNS abuse?', agreements: covering('6.1') },
  // conveners and maintainers
  { ask: 'What has the G7 agreed?', agreements: where((a) => maintainedBy(a, /\bG7\b/)) },
  { ask: 'What has the OSCE agreed on?', agreements: where((a) => maintainedBy(a, /\bOSCE\b/)) },
  { ask: 'What did the G7 say about elections?', agreements: covering('2.3', (a) => maintainedBy(a, /\bG7\b/)) },
  { ask: 'Which UN agreements cover CERTs?', agreements: covering(['2.5', '5.7'], (a) => maintainedBy(a, /United Nations/)) },
  { ask: 'Which Commonwealth texts cover cybercrime?', agreements: covering('4.2', (a) => maintainedBy(a, /Commonwealth/)) },
  { ask: 'Which African Union agreements cover personal data?', agreements: covering('1.2', (a) => maintainedBy(a, /African Union/)) },
  { ask: 'What did NATO agree on critical infrastructure?', agreements: covering('2.1', (a) => maintainedBy(a, /\bNATO\b/)) },
  // who
  { ask: 'Who maintains the Tech Accord?', intent: 'who-is-behind', agreements: named('Tech Accord'), text: /Cybersecurity Tech Accord secretariat/ },
  { ask: 'who is behind the charter of trust', intent: 'who-is-behind', agreements: named('Charter of Trust'), text: /non-profit alliance/ },
  { ask: 'Who signed the Malabo Convention?', intent: 'who-is-behind', agreements: named('Malabo Convention'), text: /African Union/ },
  { ask: 'who has agreed to protect election infrastructure?', agreements: covering('5.9'), text: /maintained by/ },
  // years
  { ask: 'Which agreements were adopted between 2015 and 2018?', agreements: where((a) => adopted(a, 2015, 2018)) },
  { ask: 'agreements from 2019 to 2021 on human rights', agreements: covering('1.1', (a) => adopted(a, 2019, 2021)) },
  { ask: 'what was adopted between 2019 and 2021', agreements: where((a) => adopted(a, 2019, 2021)) },
  { ask: 'Which agreements since 2018 cover botnets?', agreements: covering('5.5', (a) => adopted(a, 2018)) },
  { ask: 'agreements before 2010 on cybercrime', agreements: covering('4.2', (a) => adopted(a, -Infinity, 2009)) },
  { ask: 'Which agreements from the last five years cover elections?', agreements: covering('2.3', (a) => adopted(a, 2021)) },
  { ask: 'Which agreements cover supply chain security, adopted in the last 3 years?', agreements: covering('3.1', (a) => adopted(a, 2023)) },
  // GGE norms
  { ask: 'Which agreements reflect norm 13(f)?', intent: 'agreements-for-gge-norm', agreements: reflectingGgeNorm('f') },
  { ask: 'what agreements implement GGE norm k', intent: 'agreements-for-gge-norm', agreements: reflectingGgeNorm('k') },
  { ask: 'which agreements reflect the CERT norm?', intent: 'agreements-for-gge-norm', agreements: reflectingGgeNorm('k') },
  { ask: 'Which texts are in line with 13 (c)?', intent: 'agreements-for-gge-norm', agreements: reflectingGgeNorm('c') },
  { ask: 'Which agreements since 2018 reflect norm 13(i)?', intent: 'agreements-for-gge-norm', agreements: reflectingGgeNorm('i', (a) => adopted(a, 2018)) },
  { ask: 'Does the Paris Call reflect norm 13(e)?', agreements: named('Paris Call'), norms: ['1.1'], text: /Yes: / },
  { ask: 'Which agreements reflect norm 13(b)?', agreements: () => [], text: /No norm element/ },
  // honest unknowns
  { ask: 'What does the Budapest Convention cover?', intent: 'not-in-catalog', agreements: () => [], text: /bpf-cybersecurity-contribution@intgovforum\.org/ },
  { ask: 'Does the Christchurch Call cover terrorism?', intent: 'not-in-catalog', agreements: () => [] },
  { ask: 'tell me about the budapest convention', intent: 'not-in-catalog', agreements: () => [] },
  { ask: 'What does the EU Cyber Resilience Act say about vulnerabilities?', intent: 'not-in-catalog', agreements: () => [] },
  { ask: 'What has the Council of Europe agreed?', intent: 'not-in-catalog', agreements: () => [], text: /maintained or convened/ },
  // the text the catalog has is shown, never another in place of the missing one
  { ask: 'Compare the Paris Call and the Budapest Convention', intent: 'agreement-coverage', agreements: named('Paris Call'), text: /"Budapest Convention" is not in the catalog, so there is nothing to compare with/ },
  { ask: 'What does the Charlevox commitment say?', intent: 'agreement-coverage', agreements: named('Charlevoix Commitment on Defending Democracy from Foreign Threats') },
  // typos and several constraints
  { ask: 'wich agreemnts cover personal dta but not the binding ones', agreements: covering('1.2', notBinding) },
  { ask: 'whcih agreements talk about electoins since 2018?', agreements: covering('2.3', (a) => adopted(a, 2018)) },
  { ask: 'binding treaties on personal data', agreements: covering('1.2', legallyBinding) },
  { ask: 'voluntary industry commitments on supply chain since 2018', agreements: covering('3.1', (a) => a.binding === 'voluntary' && hasKind(a, 'industry') && adopted(a, 2018)) },
  { ask: 'Which non-binding state agreements between 2015 and 2018 cover critical infrastructure?', agreements: covering('2.1', (a) => notBinding(a) && hasStateParties(a) && adopted(a, 2015, 2018)) },
  { ask: 'Which agreements with civil society cover human rights but not elections?', agreements: covering('1.1', (a) => hasKind(a, 'multistakeholder') && !covers(a, '2.3')) },
  { ask: 'what are the norms in the paris call', intent: 'agreement-coverage', agreements: named('Paris Call') },
  // follow-ups in one conversation
  { ask: ['Which agreements cover human rights?', 'only since 2018'], agreements: covering('1.1', (a) => adopted(a, 2018)) },
  { ask: ['Which agreements cover human rights?', 'and which of those are binding?'], agreements: covering('1.1', legallyBinding) },
  { ask: ['Which agreements cover elections?', 'compare the last two'], intent: 'compare-agreements', agreements: (c) => byYear(covering('2.3')(c)).slice(-2) },
  { ask: ['which agreements cover botnets?', 'who is behind the last three?'], intent: 'who-is-behind', agreements: (c) => byYear(covering('5.5')(c)).slice(-3) },
  { ask: ['Which agreements cover vulnerability disclosure?', 'compare the first two'], intent: 'compare-agreements', agreements: (c) => byYear(covering('3.2')(c)).slice(0, 2) },
  { ask: ['What does the Paris Call cover?', 'who maintains it?'], intent: 'who-is-behind', agreements: named('Paris Call') },
  { ask: ['Which agreements cover elections?', 'what about botnets?'], agreements: covering('5.5') },
  { ask: ['Which agreements cover cybercrime?', 'excluding the binding ones'], agreements: covering('4.2', notBinding) },
  { ask: ['Which G7 agreements cover human rights?', 'what about elections?'], agreements: covering('2.3', (a) => maintainedBy(a, /\bG7\b/)) },
  { ask: ['Which agreements cover personal data?', 'tell me more about the second one'], intent: 'agreement-coverage', agreements: (c) => byYear(covering('1.2')(c)).slice(1, 2) },
  { ask: ['Which agreements cover elections?', 'who convened them?'], intent: 'who-is-behind', agreements: (c) => byYear(covering('2.3')(c)).slice(0, 5) },
  { ask: ['which agreements cover botnets', "that's wrong, MANRS is missing"], intent: 'feedback-recorded', text: /noted as wrong/ },
  // a question naming its own subject replaces the context; an elliptical one ("which are binding?") refines the answer just given
  { ask: ['what has the G7 agreed?', 'agreements between 2015 and 2018'], agreements: where((a) => adopted(a, 2015, 2018)) },
  { ask: ['what has the G7 agreed?', 'agreements between 2015 and 2018', 'and which of those are voluntary?'], agreements: where((a) => adopted(a, 2015, 2018) && a.binding === 'voluntary') },
  { ask: ['what has the G7 agreed?', 'agreements between 2015 and 2018', 'and which of those are binding?'], text: /follow-up to "agreements between 2015 and 2018": binding, adopted 2015-2018, among the/ },
  { ask: ['What did the OSCE adopt?', 'binding agreements'], agreements: where(legallyBinding) },
  { ask: ['Which agreements cover human rights?', 'which are binding?'], agreements: covering('1.1', legallyBinding) },
  { ask: ['Which agreements cover human rights?', 'binding ones?'], agreements: covering('1.1', legallyBinding) },
  // who-questions: a known convener with a verb of agreeing, also after another question
  { ask: ['agreements between 2015 and 2018', 'what did the OSCE adopt?'], agreements: where((a) => maintainedBy(a, /\bOSCE\b/)) },
  { ask: ['Which agreements cover human rights?', 'which agreements does the OAS maintain?'], agreements: where((a) => maintainedBy(a, /\bOAS\b/)) },
  { ask: ['what has the G7 agreed?', 'what has the G20 agreed?'], agreements: where((a) => maintainedBy(a, /\bG20\b/)) },
  // "what does X say" asks about agreement X; one the catalog lacks is "not in the catalog", and conveners listed are real ones
  { ask: 'what does the Pact for the Future say?', intent: 'not-in-catalog', agreements: () => [], text: /matching "Pact for the Future"[^]*propose it for the catalog/ },
  { ask: 'what does the Leiden Principles say?', intent: 'not-in-catalog', agreements: () => [], text: /^(?![^]*by "Leiden Principles")[^]*matching "Leiden Principles"/ },
  { ask: ['what has the G7 agreed?', 'what does the Pact for the Future include?'], intent: 'not-in-catalog', text: /matching "Pact for the Future"/ },
  { ask: 'who is behind the SCO Code of Conduct?', intent: 'who-is-behind', agreements: named('SCO Code of Conduct'), text: /Code of Conduct has no maintainer or convener \(none - / },
  // "the last five years" in a follow-up is a span of time, not the last five agreements of the answer
  { ask: ['Which agreements cover elections?', 'which of them were adopted in the last five years?'], agreements: covering('2.3', (a) => adopted(a, 2021)) },
  { ask: ['Which agreements cover elections?', 'which agreements cover human rights adopted in the last five years?'], agreements: covering('1.1', (a) => adopted(a, 2021)) },
  // "non-state texts" are agreements without state parties; "non-state actors" stays a topic
  { ask: 'do any non-state texts talk about incident response?', agreements: covering('2.6', (a) => !hasStateParties(a)) },
  { ask: 'which non-governmental agreements cover human rights?', agreements: covering('1.1', (a) => !hasStateParties(a)) },
  // the unknown name is the title only, not the question's words before it ("norms does the ...")
  { ask: 'What norms does the Kestrel Convention cover?', intent: 'not-in-catalog', agreements: () => [], text: /matching "Kestrel Convention" among/ },
  // two names whose words interleave ("the GGE 2015 and the OEWG 2021 reports") are both compared
  { ask: 'What do the GGE 2015 and the OEWG 2021 reports have in common?', intent: 'compare-agreements', agreements: (c) => [...named('UN GGE 2015')(c), ...named('OEWG Consensus Report (2021)')(c)] },
  // "show up most" ranks elements ("up" there is no rise); "going up" asks for trends
  { ask: 'which norms show up most in industry agreements?', intent: 'element-frequency', text: /of the \d+ agreements matching "industry"/ },
  { ask: 'which norms are going up?', intent: 'element-trends' },
  // a capitalised title word that is also a verb ("Pledge", "Declare") names a text, not what someone pledged
  { ask: 'What does the Kellavik Pledge on critical infrastructure cover?', intent: 'not-in-catalog', agreements: () => [], text: /^(?![^]*by "Kellavik")[^]*matching "Kellavik Pledge"/ },
  { ask: 'what has the Council of Europe agreed?', intent: 'not-in-catalog', text: /^(?![^]*\bnone -)[^]*Conveners in the catalog include: [^\n]*United Nations/ },
  // a category negated as a whole lists the agreements covering none of its elements ("restraint" frames no norm here)
  { ask: 'agreements without any restraint norms', intent: 'agreement-list', agreements: coveringNoneOfCategory('5') },
  { ask: 'which agreements have no restraint norms', intent: 'agreement-list', agreements: coveringNoneOfCategory('5') },
  { ask: 'which agreements do not cover category 5?', agreements: coveringNoneOfCategory('5') },
  { ask: 'agreements on human rights that have no restraint norms', agreements: coveringNoneOfCategory('5', (a) => covers(a, '1.1')) },
  { ask: 'which agreements cover restraint norms?', agreements: (c) => c.agreements.filter((a) => !coveringNoneOfCategory('5')(c).includes(a)) },
  // a question in French or Spanish is read from the taxonomy's synonyms in those languages, not refused
  { ask: 'quels accords parlent de protection des données personnelles', intent: 'agreements-for-element', agreements: covering('1.2'), text: /answer in English/ },
  { ask: 'acuerdos sobre infraestructura crítica', intent: 'agreements-for-element', agreements: covering('2.1') },
  { ask: 'liste des accords sur la cybercriminalité', intent: 'agreements-for-element', agreements: covering('4.2') },
  { ask: '¿Qué acuerdos cubren las elecciones?', agreements: covering('2.3') },
  // "diff", "vs" ask for a comparison; a comparison naming a text the catalog lacks compares the others and says which is missing
  { ask: 'diff between the oewg report and the 2021 gge', intent: 'compare-agreements', agreements: (c) => [...named('OEWG Consensus Report (2021)')(c), ...named('UN GGE 2021')(c)] },
  { ask: 'the OEWG report vs the 2021 GGE?', intent: 'compare-agreements', agreements: (c) => [...named('OEWG Consensus Report (2021)')(c), ...named('UN GGE 2021')(c)] },
  { ask: 'compare malabo and budapest conventions', intent: 'agreement-coverage', agreements: named('Malabo Convention'), text: /"budapest convention" is not in the catalog/ },
  { ask: 'compare the malabo convention with the budapest convention', intent: 'agreement-coverage', agreements: named('Malabo Convention'), text: /"budapest convention" is not in the catalog/ },
  {
    ask: 'compare the Paris Call, the Tech Accord and the Budapest Convention',
    intent: 'compare-agreements',
    agreements: (c) => [...named('Paris Call')(c), ...named('Tech Accord')(c)],
    text: /"Budapest Convention" is not in the catalog, so I compare only Paris Call and Tech Accord/,
  },
  // a question about what something is that names no agreement is out of scope, not a text to propose for the catalog
  { ask: 'whats the weather in geneva tomorrow', intent: 'out-of-scope', agreements: () => [], text: /^(?![^]*propose it)[^]*"weather in geneva tomorrow" is not one of them/ },
  { ask: 'What is the capital of France?', intent: 'out-of-scope', agreements: () => [], text: /^(?![^]*propose it)[^]*"capital of France" is not one of them/ },
  { ask: 'tell me about pizza', intent: 'out-of-scope', agreements: () => [] },
  { ask: 'What is the Kestrel Accord?', intent: 'not-in-catalog', agreements: () => [], text: /propose it for the catalog/ },
  { ask: 'What does NIS2 say about incident response?', intent: 'not-in-catalog', agreements: () => [] },
  // a law or standard cited by its designation is a text the catalog may lack, to propose; a place is out of scope
  { ask: ['what is NIS2?', 'tell me about ISO 27001'], intent: 'not-in-catalog', agreements: () => [], text: /matching "(?:NIS2|ISO 27001)"[^]*propose it for the catalog/ },
  { ask: 'what is Geneva?', intent: 'out-of-scope', agreements: () => [], text: /^(?![^]*propose it)[^]*"Geneva" is not one of them/ },
  // an organisation an agreement is named after is its convener too ("SCO Code of Conduct", "UN GGE 2015")
  { ask: 'what did the sco agree on', agreements: (c) => [...where((a) => maintainedBy(a, /\bSCO\b/))(c), ...named('SCO Code of Conduct')(c)] },
  { ask: 'what does the gge say about supply chain', intent: 'agreements-for-element', agreements: covering('3.1', (a) => a.aliases.some((n) => /\bGGE\b/.test(n))) },
  { ask: 'what does the FOC say about human rights?', agreements: covering('1.1', (a) => maintainedBy(a, /Freedom Online Coalition/)) },
  // a word the element next to it has in its phrases is part of that element's phrase, not a second topic
  { ask: 'cybercrime cooperation agreements', agreements: covering('4.2') },
  { ask: 'which agreements cover cooperation on cybercrime?', agreements: covering('4.2') },
  { ask: 'which agreements cover cybercrime and cooperation?', agreements: covering('4.2', (a) => covers(a, '4.1')) },
  // a capitalised word before "agreements" that names norm elements and comes close to no convener is a topic, not an unknown convener;
  // a word next to it that completes one of its elements' phrases chooses that element ("DNS" ... "abuse": DNS abuse, 6.1)
  { ask: 'which DNS agreements cover abuse?', intent: 'agreements-for-element', agreements: covering('6.1') },
  { ask: 'which DNS agreements come from industry?', intent: 'agreements-for-element', agreements: covering(['5.8', '6.1'], (a) => hasKind(a, 'industry')) },
  { ask: 'what Botnet agreements are there?', intent: 'agreements-for-element', agreements: covering('5.5') },
  { ask: 'Which Supply Chain texts are voluntary?', intent: 'agreements-for-element', agreements: covering('3.1', (a) => a.binding === 'voluntary') },
  { ask: 'which Kalomi agreements cover DNS?', intent: 'not-in-catalog', agreements: () => [], text: /maintained or convened by "Kalomi"/ },
  // "the GGE norm on X" (also "UN norm", "UN GGE norm") names a norm of the UN GGE 2015 set: neither a text to propose nor a convener's agreements
  { ask: 'what does the GGE norm on CERTs say?', intent: 'gge-norms', norms: ['5.7'], text: /^UN GGE 2015 norm 13\(k\)\n(?![^]*not in the catalog)/ },
  { ask: 'what does the GGE norm about supply chain say?', intent: 'gge-norms', norms: ['3.1'], text: /^UN GGE 2015 norm 13\(i\)\n/ },
  { ask: 'What does the UN norm on human rights say?', intent: 'gge-norms', norms: ['1.1'], text: /^UN GGE 2015 norm 13\(e\)\n/ },
  { ask: 'tell me about the GGE norm on due diligence', intent: 'gge-norms', norms: ['4.4'], text: /^UN GGE 2015 norm 13\(c\)\n/ },
  { ask: 'explain the UN norm on emergency response teams', intent: 'gge-norms', norms: ['5.7'], text: /^UN GGE 2015 norm 13\(k\)\n/ },
  { ask: 'which agreements include the UN norm on critical infrastructure?', intent: 'agreements-for-gge-norm', agreements: reflectingGgeNorm('g') },
  { ask: 'which agreements are in line with the UN GGE norm about vulnerability reporting?', intent: 'agreements-for-gge-norm', agreements: reflectingGgeNorm('j') },
  // "<body> texts" in either case lists the texts of the body an acronym names, some maintained by it, some named after it (GGE, OEWG, SCO),
  // not every agreement on the topic, nor the one text whose singular name the words match ("SCO Agreement", "2015 GGE report")
  { ask: 'which gge texts cover supply chain?', intent: 'agreements-for-element', agreements: covering('3.1', (a) => a.aliases.some((n) => /\bGGE\b/.test(n))) },
  { ask: 'which GGE reports cover supply chain?', intent: 'agreements-for-element', agreements: covering('3.1', (a) => a.aliases.some((n) => /\bGGE\b/.test(n))) },
  { ask: 'gge reports on human rights', intent: 'agreements-for-element', agreements: covering('1.1', (a) => a.aliases.some((n) => /\bGGE\b/.test(n))) },
  { ask: 'which oewg reports cover critical infrastructure?', intent: 'agreements-for-element', agreements: covering('2.1', (a) => a.aliases.some((n) => /\bOEWG\b/.test(n))) },
  { ask: 'which sco agreements cover crime?', intent: 'agreements-for-element', agreements: covering('4.2', (a) => maintainedBy(a, /\bSCO\b/) || a.aliases.includes('SCO Code of Conduct')) },
  { ask: 'list the foc statements on human rights', intent: 'agreements-for-element', agreements: covering('1.1', (a) => maintainedBy(a, /Freedom Online Coalition/)) },
];
