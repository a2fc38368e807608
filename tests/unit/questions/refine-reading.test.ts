import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { answerWithReading } from '../../../src/core/questions/answer-question.js';
import { readQuestion, type ReadQuestion } from '../../../src/core/questions/read-question.js';
import { refineReading, type PreviousAnswer } from '../../../src/core/questions/reading/refine-reading.js';
import { NOW } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function previousOf(question: string): PreviousAnswer {
  const { reply, reading } = answerWithReading(question, catalog, NOW);
  if (!reading) throw new Error(`no reading for ${question}`);
  return { question, reading, agreementIds: reply.agreements.map((a) => Number(a.id)) };
}
const refine = (previous: PreviousAnswer, question: string): ReadQuestion | undefined => refineReading(previous, readQuestion(question, catalog, NOW), question);

describe('refineReading', () => {
  it('leaves a question that stands on its own alone', () => {
    expect(refine(previousOf('Which agreements cover human rights?'), 'Which agreements cover botnets?')).toBeUndefined();
  });

  it('leaves a question stating its own subject alone after a who-question: "agreements between 2015 and 2018"', () => {
    expect(refine(previousOf('what has the G7 agreed?'), 'agreements between 2015 and 2018')).toBeUndefined();
    expect(refine(previousOf('what has the G7 agreed?'), 'what does the Pact for the Future include?')).toBeUndefined();
  });

  it('reads "the first", "the same" as part of a question that names its own agreements, not as positions in the previous answer', () => {
    const previous = previousOf('Which agreements cover supply chain?');
    expect(refine(previous, 'what did the first UN GGE report say?')).toBeUndefined();
    expect(refine(previous, 'does the Paris Call cover the same norms as the Tech Accord?')).toBeUndefined();
    // without a name of its own, the same words still point back
    expect(refine(previous, 'tell me about the first one')?.picks?.ids).toEqual(previous.agreementIds.slice(0, 1));
  });

  it('refines with an elliptical question that names a constraint and no subject: "which are binding?"', () => {
    const r = refine(previousOf('Which agreements cover human rights?'), 'which are binding?');
    expect(r?.elements.map((m) => m.element.id)).toEqual(['1.1']);
    expect(r?.filters.binding?.values).toEqual(['binding']);
  });

  it('replaces the years and keeps the topic for "only since 2018"', () => {
    const r = refine(previousOf('Which agreements cover human rights before 2015?'), 'only since 2018');
    expect(r?.elements.map((m) => m.element.id)).toEqual(['1.1']);
    expect(r?.filters.years).toMatchObject({ min: 2018 });
    expect(r?.filters.years?.max).toBeUndefined();
  });

  it('keeps to the previous answer and adds the binding status for "which of those are binding?"', () => {
    const previous = previousOf('Which agreements cover human rights?');
    const r = refine(previous, 'and which of those are binding?');
    expect(r?.filters.within?.ids).toEqual(previous.agreementIds);
    expect(r?.filters.binding?.values).toEqual(['binding']);
  });

  it('picks the first two of the previous answer to compare', () => {
    const previous = previousOf('Which agreements cover vulnerability disclosure?');
    const r = refine(previous, 'compare the first two');
    expect(r?.picks?.ids).toEqual(previous.agreementIds.slice(0, 2));
    expect(r?.asks.compare).toBe(true);
  });

  it('picks the last one', () => {
    const previous = previousOf('Which agreements cover botnets?');
    expect(refine(previous, 'tell me about the last one')?.picks?.ids).toEqual(previous.agreementIds.slice(-1));
  });

  it('replaces the topic and keeps the constraints for "what about botnets?"', () => {
    const r = refine(previousOf('Which industry agreements cover human rights?'), 'what about botnets?');
    expect(r?.elements.map((m) => m.element.id)).toEqual(['5.5']);
    expect(r?.filters.parties?.[0]?.kinds).toEqual(['industry']);
  });

  it('does not carry a list kept from an earlier turn into a later follow-up', () => {
    const first = previousOf('Which agreements cover human rights?');
    const second = refine(first, 'which of those are binding?');
    if (!second) throw new Error('not read as a follow-up');
    const r = refine({ question: 'which of those are binding?', reading: second, agreementIds: [8] }, 'what about industry?');
    expect(r?.filters.within).toBeUndefined();
  });
});

describe('refineReading after a comparison', () => {
  it('asks a filter of the compared agreements, not for another comparison', () => {
    const list = previousOf('Which agreements cover elections?');
    const compared = refine(list, 'compare them');
    if (!compared) throw new Error('not read as a follow-up');
    const r = refine({ question: 'compare them', reading: compared, agreementIds: list.agreementIds.slice(0, 5) }, 'which of these are multistakeholder?');
    expect(r?.asks.compare).toBe(false);
    expect(r?.picks).toBeUndefined();
    expect(r?.filters.within?.ids).toEqual(list.agreementIds.slice(0, 5));
    expect(r?.filters.parties?.[0]?.kinds).toEqual(['multistakeholder']);
  });
});
