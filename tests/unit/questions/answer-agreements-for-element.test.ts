import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { agreementIds, ask, normIds } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const covering = (id: string) => (catalog.agreementsByElement.get(id) ?? []).map((a) => a.id);

describe('answerQuestion: agreements covering an element', () => {
  it.each([
    ['which agreements talk about protecting elections?', '2.3'],
    ['Wich agreemnts adress election interference', '2.3'],
    ['botnets?', '5.5'],
    ['personal dta', '1.2'],
    ['who covers hack back?', '5.4'],
    ['what agreements deal with the suply chain', '3.1'],
    ['Which agreements cover critical infrastructure protection?', '2.1'],
    ['any commitments on IP theft?', '5.2'],
  ])('lists every agreement covering the element for %s', (q, id) => {
    const r = ask(catalog, q);
    expect(r.intent).toBe('agreements-for-element');
    expect(normIds(r)).toEqual([id]);
    expect(agreementIds(r).sort((a, b) => a - b)).toEqual(covering(id).sort((a, b) => a - b));
  });

  it.each([
    ['Which texts say that companies must not hack back?', '5.4'],
    ['which agreements state that businesses should not hack back', '5.4'],
    ['which agreements require companies to report vulnerabilities?', '3.2'],
    ['which agreements urge industry to fix vulnerabilities', '3.2'],
  ])('reads who a norm addresses as what the agreements say, not who signed them: %s lists every agreement covering the element', (q, id) => {
    const r = ask(catalog, q);
    expect(normIds(r)).toEqual([id]);
    expect(agreementIds(r).sort((a, b) => a - b)).toEqual(covering(id).sort((a, b) => a - b));
  });

  it.each([
    'which agreements ask states to help one another when critical infrastructure is attacked?',
    'agreements on aiding other countries whose critical infrastructure is hit',
    'which agreements say governments should assist each other in protecting critical infrastructure',
    "quels accords prévoient que les États s'entraident en cas d'attaque contre une infrastructure critique ?",
    '¿qué acuerdos piden que los estados se ayuden cuando se ataca una infraestructura crítica?',
  ])('reads help between states for critical infrastructure as the assistance element (4.3), not its protection: %s', (q) => {
    const r = ask(catalog, q);
    expect(normIds(r)).toEqual(['4.3']);
    expect(agreementIds(r).sort((a, b) => a - b)).toEqual(covering('4.3').sort((a, b) => a - b));
  });

  it('states the count from the catalog', () => {
    const r = ask(catalog, 'Which agreements cover botnets?');
    expect(r.text).toContain(`${covering('5.5').length} of the ${catalog.agreements.length} agreements`);
  });

  it('quotes evidence with its source and marks unverified links', () => {
    const r = ask(catalog, 'Which agreements cover human rights?');
    const list = r.blocks.find((b) => b.type === 'list');
    const evidence = list?.type === 'list' ? list.items.flatMap((i) => i.evidence ?? []) : [];
    expect(evidence.length).toBeGreaterThan(0);
    const unverified = evidence.filter((e) => e.status === 'unverified');
    expect(unverified.length).toBeGreaterThan(0);
    expect(r.text).toContain('(unverified)');
    expect(r.text).toContain(evidence[0]?.source ?? 'missing');
  });

  it('says coverage is curated and can be corrected by moderators', () => {
    expect(ask(catalog, 'which agreements cover botnets').text).toMatch(/curated.*moderators can correct/s);
  });

  it('treats regional organisations as intergovernmental when asked for state agreements', () => {
    const ids = agreementIds(ask(catalog, 'Which state agreements cover personal data?'));
    expect(ids).toContain(1); // EAC framework, a regional organisation
    expect(ids).not.toContain(28); // Contract for the Web, multistakeholder
  });

  it('filters industry-led voluntary commitments', () => {
    const ids = agreementIds(ask(catalog, 'Which voluntary industry commitments cover vulnerability disclosure?'));
    expect(ids).toContain(24);
    expect(ids).not.toContain(12);
    expect(ids).not.toContain(35);
  });

  it('filters multistakeholder agreements', () => {
    const ids = agreementIds(ask(catalog, 'which multistakeholder agreements cover human rights'));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(catalog.agreementById.get(id)?.partiesKinds).toContain('multistakeholder');
  });

  it('filters by binding status', () => {
    const ids = agreementIds(ask(catalog, 'binding agreements on cybercrime'));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(catalog.agreementById.get(id)?.binding).toBe('binding');
  });

  it('reads "after 2020" as strictly later than 2020', () => {
    const ids = agreementIds(ask(catalog, 'which agreements after 2020 cover human rights'));
    for (const id of ids) expect(catalog.agreementById.get(id)?.year).toBeGreaterThan(2020);
    expect(ids).not.toContain(31); // FOC statement, 2020
  });

  it('reads "between 2015 and 2018" with both years included', () => {
    const ids = agreementIds(ask(catalog, 'agreements between 2015 and 2018 covering botnets'));
    expect(ids).toEqual(expect.arrayContaining([25, 30]));
    for (const id of ids) expect(catalog.agreementById.get(id)?.year).toBeGreaterThanOrEqual(2015);
  });

  it('reads "before 2015" as up to 2014', () => {
    const ids = agreementIds(ask(catalog, 'which agreements before 2015 mention personal data'));
    for (const id of ids) expect(catalog.agreementById.get(id)?.year).toBeLessThan(2015);
  });

  it('filters by maintainer', () => {
    const ids = agreementIds(ask(catalog, 'which agreements maintained by the UN cover CERTs'));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(catalog.agreementById.get(id)?.maintainer).toMatch(/United Nations/);
  });

  it('says so when the filter leaves nothing, naming what the filter removed', () => {
    const r = ask(catalog, 'Which technical community agreements cover elections?');
    expect(r.agreements).toEqual([]);
    expect(r.text).toMatch(/Without the filter/);
  });

  it('lists agreements covering both elements when asked for both', () => {
    const r = ask(catalog, 'Which agreements cover both elections and human rights?');
    for (const id of agreementIds(r)) {
      const elements = catalog.agreementById.get(id)?.coverage.map((c) => c.element);
      expect(elements).toEqual(expect.arrayContaining(['1.1', '2.3']));
    }
  });

  it('narrows CERTs to the element of the GGE norm the question names', () => {
    expect(normIds(ask(catalog, 'which agreements include the GGE norm on CERTs?'))).toEqual(['5.7']);
  });
});
