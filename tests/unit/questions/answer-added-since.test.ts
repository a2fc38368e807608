import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { columnsOf } from '../../../src/core/questions/agreement-columns.js';
import { answerQuestion } from '../../../src/core/questions/answer-question.js';
import { ReplySchema } from '../../../src/core/reply/reply.js';
import { agreementIds, ask } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
/** The seed (December 2022 draft output) names these two as "Two new norms agreements since IGF 2021". */
const SEED_NEW_SINCE_IGF_2021 = ['Copenhagen Pledge on Tech for Democracy', 'A Declaration for the Future of the Internet'];
let newIds: number[];
beforeAll(async () => {
  catalog = await loadCatalog();
  newIds = SEED_NEW_SINCE_IGF_2021.map((name) => catalog.agreements.find((a) => a.name === name)?.id ?? -1);
});
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
const askAt = (question: string, now: string) => ReplySchema.parse(answerQuestion(question, catalog, new Date(now)));

describe('answerQuestion: what entered the BPF\'s dataset when', () => {
  it.each(['Which agreements are new since IGF 2021?', 'what was added after IGF 2021', 'Which agreements were added in 2022?', 'What entered the dataset in 2022?'])(
    'answers "%s" with exactly the two agreements the BPF added in 2022',
    (q) => {
      expect(sorted(agreementIds(ask(catalog, q)))).toEqual(sorted(newIds));
    },
  );

  it('reads "the last IGF" from the date asked: before IGF 2022 it is IGF 2021', () => {
    const r = askAt("What's new since the last IGF?", '2022-11-01T00:00:00Z');
    expect(sorted(agreementIds(r))).toEqual(sorted(newIds));
    expect(r.text).toContain('after IGF 2021');
  });

  it('says nothing entered since a later IGF and names the latest additions instead', () => {
    const r = askAt("What's new since the last IGF?", '2026-11-23T00:00:00Z');
    expect(r.agreements).toEqual([]);
    expect(r.text).toMatch(/No agreement entered the BPF's dataset after IGF 2025/);
    for (const name of SEED_NEW_SINCE_IGF_2021) expect(r.text).toContain(name);
  });

  it('keeps "adopted in 2021" about adoption: agreements entered earlier stay in', () => {
    const adopted2021 = catalog.agreements.filter((a) => a.year === 2021).map((a) => a.id);
    expect(adopted2021.length).toBeGreaterThan(1);
    expect(sorted(agreementIds(ask(catalog, 'Which agreements were adopted in 2021?')))).toEqual(sorted(adopted2021));
  });

  it('counts the agreements the sources cannot place instead of listing them as new', () => {
    const r = ask(catalog, 'What was added since 2020?');
    expect(sorted(agreementIds(r))).toEqual(sorted(newIds));
    expect(r.text).toContain(`${catalog.agreements.length - newIds.length} more may have entered then`);
  });

  it('counts only the unplaced agreements that pass the other filters, before and after the catalog is read by columns', async () => {
    const fresh = await loadCatalog();
    const binding = fresh.agreements.filter((a) => a.binding === 'binding' && !newIds.includes(a.id));
    expect(binding.length).toBeGreaterThan(1);
    const question = 'Which legally binding agreements were added since 2020?';
    expect(columnsOf(fresh)).toBeNull(); // a fresh snapshot is filtered object by object
    expect(ask(fresh, question).text).toContain(`${binding.length} more may have entered then`);
    expect(columnsOf(fresh, true)).not.toBeNull();
    expect(ask(fresh, question).text).toContain(`${binding.length} more may have entered then`);
  });

  it('shows in a profile when the agreement entered the dataset, with the source', () => {
    const r = ask(catalog, 'What does the Copenhagen Pledge cover?');
    expect(r.text).toMatch(/In the BPF's dataset: added by the BPF's 2022 analysis, after IGF 2021/);
    expect(r.text).toContain('Two new norms agreements since IGF 2021');
    expect(r.text).not.toContain('In the catalog since');
  });
});
