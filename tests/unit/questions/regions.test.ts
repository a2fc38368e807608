import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { answerQuestion } from '../../../src/core/questions/answer-question.js';
import { covering, maintainedBy, where } from '../../helpers/catalog-predicates.js';
import { describeQuestionTable } from '../../helpers/describe-question-table.js';
import { loadCatalog } from '../../helpers/load-catalog.js';
import type { QuestionCase } from '../../helpers/question-case.js';

/** The catalog records conveners, not regions: a region is read as the agreements its regional bodies convened. */
const african = /\b(?:African Union|East African Community|SADC)\b/;
const asiaPacific = /\b(?:ASEAN|APEC)\b/;

const REGION_CASES: readonly QuestionCase[] = [
  { ask: 'african agreements', intent: 'agreement-list', agreements: where((a) => maintainedBy(a, african)) },
  { ask: 'What has Africa agreed?', agreements: where((a) => maintainedBy(a, african)) },
  { ask: 'texts from Africa that cover personal data', agreements: covering('1.2', (a) => maintainedBy(a, african)) },
  { ask: 'which asia-pacific agreements are there', agreements: where((a) => maintainedBy(a, asiaPacific)) },
  { ask: 'any Latin American ones?', agreements: where((a) => maintainedBy(a, /\bOAS\b/)) },
  { ask: 'european agreements', agreements: where((a) => maintainedBy(a, /\b(?:European Commission|OSCE)\b/)) },
  { ask: 'arab stuff', agreements: where((a) => maintainedBy(a, /League of Arab States/)) },
  { ask: 'agreements not from Europe', agreements: where((a) => !maintainedBy(a, /\b(?:European Commission|OSCE)\b/)) },
  // a regional body named in full is that body, not its whole region
  { ask: 'african union agreements', agreements: where((a) => maintainedBy(a, /African Union/)) },
  { ask: 'what has the east african community agreed', agreements: where((a) => maintainedBy(a, /East African Community/)) },
  { ask: 'What has the European Union agreed?', agreements: where((a) => maintainedBy(a, /European Commission/)) },
  // words for a region's members are the region ("African States"), a word for agreements too ("African Agreements")
  { ask: 'What have African States agreed?', agreements: where((a) => maintainedBy(a, african)) },
  { ask: 'Which African Agreements are binding?', agreements: where((a) => maintainedBy(a, african) && a.binding === 'binding') },
];

describeQuestionTable('questions asked by region', REGION_CASES);

describe('answers by region', () => {
  let catalog: CatalogSnapshot;
  beforeAll(async () => {
    catalog = await loadCatalog();
  });
  const ask = (q: string) => answerQuestion(q, catalog, new Date('2026-01-01'));

  it('lists each agreement with who convened it and the page that makes that body African', () => {
    const reply = ask('african agreements');
    expect(reply.agreements.map((a) => a.id)).toEqual(['1', '7', '8']);
    expect(reply.text).toMatch(/3 of the 38 agreements/);
    const items = reply.blocks.flatMap((b) => (b.type === 'list' ? b.items : []));
    const sadc = items.find((i) => i.ref?.id === '7');
    expect(sadc?.evidence?.map((e) => e.quote)).toEqual([
      'convened or maintained by SADC Secretariat; published by ITU (HIPSSA)',
      'Southern African Development Community (SADC) is one of the eight Regional Economic Communities the African Union recognises (Africa)',
    ]);
    expect(sadc?.evidence?.[1]?.source).toBe('https://agenda2063.au.int/en/recs');
  });

  it('says honestly when no agreement of the catalog comes from a region, and how to ask by body', () => {
    const reply = ask('gulf agreements');
    expect(reply.agreements).toEqual([]);
    expect(reply.text).toMatch(/\(GCC\)\. None of them convened an agreement in the catalog; ask by the body/);
  });

  it.each(['pacific islands agreements', 'what has Oceania agreed?', 'any south pacific texts?'])('reads %j by the Pacific Islands Forum, with its page, and says it convened no agreement of the catalog', (q) => {
    const reply = ask(q);
    expect(reply.agreements).toEqual([]);
    expect(reply.text).toMatch(/I read Oceania as its regional bodies, Pacific Islands Forum \(PIF\) \(as read at https:\/\/www\.forumsec\.org\/[^)]*\)\. None of them convened an agreement in the catalog; ask by the body/);
  });

  it('still reads "asia-pacific" and "pacific rim" as Asia-Pacific, not the Pacific islands', () => {
    expect(ask('asia-pacific agreements').agreements.map((a) => a.id)).toEqual(['5', '6', '26']);
    expect(ask('pacific rim agreements').text).toMatch(/I read Asia-Pacific as its regional bodies/);
  });

  it.each(['pacific alliance agreements', 'trans-pacific partnership'])('reads no region in %j, where "pacific" names no islands', (q) => {
    expect(ask(q).text).not.toMatch(/I read Oceania as/);
  });

  it('says honestly when it has no regional body on record for a region', () => {
    const reply = ask('north american agreements');
    expect(reply.agreements).toEqual([]);
    expect(reply.text).toMatch(/no regional body on record for North America/);
  });

  it('does not read a region in a proper name the member wrote ("the European Parliament")', () => {
    expect(ask('what does the Joint Communication to the European Parliament say?').text).not.toMatch(/regional bodies/);
  });

  it('does not read a language as its region ("available in Arabic")', () => {
    const reply = ask('which agreements are available in Arabic?');
    expect(reply.text).not.toMatch(/regional bodies/);
    expect(reply.agreements.map((a) => a.id)).not.toContain('3');
  });

  it('says how a region that is wider than its body was read', () => {
    expect(ask('latin american agreements').text).toMatch(/OAS is the body of the whole Americas/);
  });
});
