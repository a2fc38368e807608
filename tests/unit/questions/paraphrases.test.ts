import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { agreementIds, ask, normIds } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

interface Case {
  q: string;
  intent: string;
  include?: number[];
  exclude?: number[];
  norms?: string[];
}

/** Questions phrased the way members write them, beyond the shared sample. */
const CASES: Case[] = [
  { q: 'What covers DNS abuse?', intent: 'agreements-for-element', include: [27, 36], norms: ['6.1'] },
  { q: 'Which G7 agreements cover human rights?', intent: 'agreements-for-element', include: [18, 20], exclude: [22, 38] },
  { q: 'Which agreements from the G7 mention elections?', intent: 'agreements-for-element', include: [18, 20], exclude: [22] },
  { q: 'Which agreements did the UN adopt?', intent: 'agreement-list', include: [12, 34, 35], exclude: [22] },
  { q: 'Which OSCE agreements cover CIP?', intent: 'agreements-for-element', include: [14], exclude: [12] },
  { q: 'Which EU agreements cover supply chain?', intent: 'agreements-for-element', include: [19], exclude: [22] },
  { q: 'what GGE norms map to element 4.2?', intent: 'gge-norms', norms: ['4.2'] },
  { q: "what's the GGE norm on vulnerabilities", intent: 'gge-norms', norms: ['3.2'] },
  { q: 'norm k', intent: 'gge-norms', norms: ['5.7'] },
  { q: 'What are the restraint norms?', intent: 'element-category', norms: ['5.1', '5.10'] },
  { q: 'What is in category 3?', intent: 'element-category', norms: ['3.1', '3.2'] },
  { q: 'Which is the oldest agreement?', intent: 'agreements-by-date', include: [2], exclude: [38] },
  { q: 'most recent agreement', intent: 'agreements-by-date', include: [38], exclude: [2] },
  { q: 'what is the Charlevox commitment', intent: 'agreement-coverage', include: [20] },
  { q: 'Are there any binding treaties about personal data?', intent: 'agreements-for-element', include: [8], exclude: [28, 38] },
  { q: 'agreements signed by governments on CERTs since 2015', intent: 'agreements-for-element', include: [12, 35], exclude: [8, 29] },
  { q: 'between 2010 and 2015, which agreements talked about cybercrime?', intent: 'agreements-for-element', include: [3, 8], exclude: [2] },
  { q: 'what norms does the tech accord and the paris call have in common?', intent: 'compare-agreements', include: [22, 24] },
  { q: 'Are the Paris Call and the Tech Accord similar?', intent: 'compare-agreements', include: [22, 24] },
  { q: 'What are 5.7 and 2.5?', intent: 'element-definition', norms: ['5.7', '2.5'] },
  { q: 'Which agreements cover elections or human rights?', intent: 'agreements-for-element', include: [2, 20], norms: ['1.1', '2.3'] },
  { q: 'Which agreements protect hospitals?', intent: 'agreements-for-element', norms: ['2.2'] },
  { q: 'Do any agreements cover due diligence?', intent: 'agreements-for-element', include: [12], norms: ['4.4'] },
  { q: 'Has human rights coverage increased over time?', intent: 'element-trends', norms: ['1.1'] },
  { q: 'What is the most common norm?', intent: 'element-frequency' },
  { q: 'who maintains the Paris Call?', intent: 'who-is-behind', include: [22] },
  { q: 'What does the DFI say?', intent: 'agreement-coverage', include: [38] },
  // the catalog links the BPF draft's 'focus on disinformation' to public trust (2.4), not human rights
  { q: 'Which texts mention disinformation?', intent: 'agreements-for-element', include: [37, 38], norms: ['2.4'] },
  { q: 'Which norms became more popular over time?', intent: 'element-trends' },
  { q: 'Which elements appear most in agreements after 2018?', intent: 'element-frequency' },
  { q: 'Which agreements cover national CERTs and elections?', intent: 'agreements-for-element', include: [21], exclude: [20, 29] },
  { q: 'agreements by the Freedom Online Coalition', intent: 'agreement-list', include: [15, 31], exclude: [22] },
  { q: 'Which agreements are industry-led?', intent: 'agreement-list', include: [23, 24, 25, 27, 36], exclude: [22] },
  { q: 'Which agreements involve civil society?', intent: 'agreement-list', include: [22, 28], exclude: [24] },
  { q: 'Which agreements are hosted by the ITU?', intent: 'agreement-list', include: [16], exclude: [12] },
  { q: 'Is there any agreement on the security of IoT devices?', intent: 'agreements-for-element', include: [25], norms: ['5.5'] },
  { q: 'which agreements cover 13(k)?', intent: 'agreements-for-gge-norm', include: [12, 35], norms: ['5.7'] },
  { q: 'whcih norms are declning', intent: 'element-trends' },
  { q: 'comapre paris call and tech accord', intent: 'compare-agreements', include: [22, 24] },
  { q: 'Compare the C(2015)115 and the UN GGE 2021', intent: 'compare-agreements', include: [9, 35], exclude: [12] },
  { q: 'Compare the Warsaw Cyber Defence Pledge and the Tech Accord', intent: 'compare-agreements', include: [13, 24], exclude: [37] },
];

describe('answerQuestion on paraphrased questions', () => {
  it.each(CASES)('answers $q', ({ q, intent, include, exclude, norms }) => {
    const r = ask(catalog, q);
    expect(r.intent).toBe(intent);
    const ids = agreementIds(r);
    if (include) expect(ids).toEqual(expect.arrayContaining(include));
    for (const id of exclude ?? []) expect(ids).not.toContain(id);
    if (norms) expect(normIds(r)).toEqual(expect.arrayContaining(norms));
  });
});
