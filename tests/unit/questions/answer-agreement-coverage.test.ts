import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { agreementIds, ask, normIds } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const coveredBy = (id: number) => [...new Set(catalog.agreementById.get(id)?.coverage.map((c) => c.element))].sort();

describe('answerQuestion: what one agreement covers', () => {
  it.each([
    ['What does the Paris Call include?', 22],
    ['tell me about the tech accord', 24],
    ['What does the Cybersecurity Tech Accord cover?', 24],
    ['what is in the Charlevox commitment', 20],
    ['What does the UN GGE 2015 report cover?', 12],
    ['MANRS?', 36],
  ])('lists the facts and every covered element for %s', (q, id) => {
    const r = ask(catalog, q);
    expect(r.intent).toBe('agreement-coverage');
    expect(agreementIds(r)).toEqual([id]);
    expect([...normIds(r)].sort()).toEqual(coveredBy(id));
  });

  it.each([
    ['which norm elements are in the 2021 GGE report?', 35],
    ['list the norm elements of the GGE 2021 report', 35],
    ['Which norm elements does the GGE report of 2021 include?', 35],
    ['how many norm elements does the 2015 GGE report cover?', 12],
  ])('answers a GGE report named by its year with that report and its elements, not the eleven 2015 norms: %s', (q, id) => {
    const r = ask(catalog, q);
    expect(r.intent).toBe('agreement-coverage');
    expect(agreementIds(r)).toEqual([id]);
    expect([...normIds(r)].sort()).toEqual(coveredBy(id));
  });

  it('shows year, parties, maintainer, binding status, address and aliases', () => {
    const r = ask(catalog, 'What does the Paris Call include?');
    expect(r.text).toMatch(/Year: 2018/);
    expect(r.text).toMatch(/Parties: multistakeholder/);
    expect(r.text).toMatch(/Maintainer: France/);
    expect(r.text).toMatch(/Binding: non-binding/);
    expect(r.text).toContain('https://pariscall.international/en/principles');
    expect(r.text).toMatch(/Also known as: Paris Call/);
  });

  it('marks an unverified address', () => {
    const unverified = catalog.agreements.find((a) => /unverified/i.test(a.urlNote));
    expect(unverified).toBeDefined();
    const r = ask(catalog, `What does the ${unverified?.aliases[0] ?? unverified?.name} cover?`);
    expect(r.text).toContain(`${unverified?.url} (unverified)`);
  });

  it('answers yes when asked whether it covers an element it covers', () => {
    const r = ask(catalog, 'Does the Paris Call cover elections?');
    expect(r.text).toMatch(/^Yes: Paris Call covers 2\.3/m);
    expect(normIds(r)[0]).toBe('2.3');
  });

  it('answers no when the catalog records no such coverage', () => {
    const r = ask(catalog, 'Does the Tech Accord cover botnets?');
    expect(r.text).toMatch(/^No: the catalog records no coverage of 5\.5/m);
    expect(normIds(r)).not.toContain('5.5');
  });
});

describe('answerQuestion: the GGE norms an agreement reflects', () => {
  it('names the UN GGE 2015 norms whose elements the agreement covers, and no other', () => {
    const r = ask(catalog, 'What GGE norms does the Tech Accord reflect?');
    const accord = catalog.agreements.find((a) => a.aliases.includes('Tech Accord'));
    const line = r.blocks.find((b) => b.type === 'paragraph' && b.text.startsWith('UN GGE 2015 norms it reflects'));
    const letters = line && 'text' in line ? [...line.text.matchAll(/13\(([a-k])\)/g)].map((m) => m[1]) : [];
    const expected = catalog.ggeNorms.filter((n) => n.elements.some((id) => accord?.coverage.some((c) => c.element === id))).map((n) => n.letter);
    expect(expected.length).toBeGreaterThan(0);
    expect(letters).toEqual(expected);
  });
});
