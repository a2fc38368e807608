import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { answerQuestion } from '../../../src/core/questions/answer-question.js';
import { withBpfPriority } from '../../../src/core/questions/bpf-priority-note.js';
import { normalizeText } from '../../../src/core/text/normalize-text.js';
import { covering, named, type Expectation } from '../../helpers/catalog-predicates.js';
import { describeQuestionTable } from '../../helpers/describe-question-table.js';
import { loadCatalog } from '../../helpers/load-catalog.js';
import type { QuestionCase } from '../../helpers/question-case.js';

const dfi = 'Declaration for the Future of the Internet';
const all = (...names: string[]): Expectation => (c) => names.flatMap((n) => named(n)(c));

/** Topics the BPF's December 2022 draft names for particular agreements, and element words that are another element's. */
const CASES: readonly QuestionCase[] = [
  // ransomware: the draft names the DFI and the Paris Call; the taxonomy reads it as incident mitigation (2.6)
  { ask: 'which agreements mention ransomware', includes: all(dfi, 'Paris Call'), norms: ['2.6'] },
  { ask: 'any ransomware commitments adopted before 2020?', includes: named('Paris Call'), text: /names ransomware for this agreement/ },
  // disinformation: the draft's focus of the two new agreements; the catalog links it to public trust (2.4)
  { ask: 'which ones deal with disinformation', includes: all('Copenhagen Pledge', dfi), norms: ['2.4'] },
  { ask: 'agreements on misinformation', includes: all('Copenhagen Pledge', dfi), norms: ['2.4'] },
  // "mutual legal assistance" is the law enforcement element's phrase, not "mutual assistance" for critical infrastructure
  { ask: 'mutual legal assistance for cybercrime - which agreements', agreements: covering('4.2'), norms: ['4.2'] },
  { ask: 'which agreements provide for mutual legal assistance?', agreements: covering('4.2') },
];

describeQuestionTable('topics the BPF draft names, and element phrases', CASES);

describe('a topic the BPF draft names', () => {
  let catalog: CatalogSnapshot;
  beforeAll(async () => {
    catalog = await loadCatalog();
  });

  it('lists the agreements the draft names with its words as evidence, before the element the topic is read as', () => {
    const reply = answerQuestion('which agreements mention ransomware', catalog, new Date('2026-01-01'));
    expect(reply.agreements.slice(0, 2).map((a) => a.id)).toEqual(['38', '22']);
    // the two named, then the 8 covering incident mitigation (the Paris Call is among them once)
    expect(reply.agreements).toHaveLength(1 + catalog.agreementsByElement.get('2.6')!.length);
    const first = reply.blocks.flatMap((b) => (b.type === 'list' ? b.items : []))[0];
    expect(first?.evidence?.[0]?.source).toBe('BPF Cybersecurity WS1 draft output, December 2022, "New agreements/priorities"');
    expect(first?.evidence?.[0]?.quote).toMatch(/combatting ransomware has emerged as a priority/);
    expect(reply.text).toMatch(/recorded per norm element, not per topic such as ransomware/);
    expect(reply.text).toMatch(/read as the norm element 2\.6 Incident mitigation/);
  });

  it('says the draft names the topic for an agreement asked about, though its element coverage does not have it', () => {
    const reply = answerQuestion('does the DFI address ransomware?', catalog, new Date('2026-01-01'));
    expect(reply.agreements.map((a) => a.id)).toEqual(['38']);
    expect(reply.text).toMatch(/draft names ransomware for this agreement: "In addition, combatting ransomware has emerged as a priority"/);
    expect(answerQuestion('does the Tech Accord address ransomware?', catalog, new Date('2026-01-01')).text).not.toMatch(/draft names ransomware/);
  });

  it('still says a text is not in the catalog when the draft names agreements for its topic', () => {
    const question = 'agreements of the Ransomware Pledge';
    const missing = answerQuestion(question, catalog, new Date('2026-01-01'));
    expect(missing.intent).toBe('not-in-catalog');
    const reply = withBpfPriority(missing, catalog, normalizeText(question), true, {});
    expect(reply.intent).toBe('not-in-catalog');
    expect(reply.text).toMatch(/I found no agreement or norm element matching "Ransomware Pledge"/);
    expect(reply.agreements.map((a) => a.id)).toEqual(['38', '22']);
    expect(reply.text).toMatch(/draft names ransomware for these 2 agreements/);
  });

  it('reads "mutual legal assistance" as one element, not either of two', () => {
    const reply = answerQuestion('mutual legal assistance for cybercrime - which agreements', catalog, new Date('2026-01-01'));
    expect(reply.norms.map((n) => n.id)).toEqual(['4.2']);
    expect(reply.agreements).toHaveLength(catalog.agreementsByElement.get('4.2')!.length);
  });
});
