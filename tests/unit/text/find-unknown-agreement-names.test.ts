import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { findUnknownAgreementNames } from '../../../src/core/text/find-unknown-agreement-names.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
const names = (q: string) => findUnknownAgreementNames(q, catalog).map((u) => u.name);

describe('findUnknownAgreementNames', () => {
  it.each([
    ['What does the Budapest Convention cover?', 'Budapest Convention'],
    ['Does the Christchurch Call say anything on terrorism?', 'Christchurch Call'],
    ['tell me about the budapest convention', 'budapest convention'],
    ['Is the Tallinn Manual in there?', 'Tallinn Manual'],
    // a catalog agreement shares "Cybercrime Convention", but not "UN" or "against"
    ['Tell me about the UN Convention against Cybercrime', 'UN Convention against Cybercrime'],
    // the Paris Call is in the catalog, the Paris Agreement is not
    ['What does the Paris Agreement say about cyber?', 'Paris Agreement'],
  ])('finds the name in %j', (q, name) => {
    expect(names(q)).toEqual([name]);
  });

  it('finds the unknown one of two names joined by "and"', () => {
    expect(names('Compare the Paris Call and the Budapest Convention')).toEqual(['Budapest Convention']);
  });

  it('reads two names sharing a plural title word as two names: "malabo and budapest conventions"', () => {
    expect(names('compare malabo and budapest conventions')).toEqual(['budapest convention']);
    expect(names('compare the kestrel and budapest conventions')).toEqual(['kestrel convention', 'budapest convention']);
  });

  it.each([
    'What does the Paris Call cover?',
    'what does the Charlevox commitment say',
    'Compare the GCSC norms and the Tech Accord',
    'Which is the oldest agreement?',
    'Which conventions cover cybercrime?',
    'Which binding and voluntary declarations cover elections?',
    'Which cybercrime and human rights conventions are binding?',
    'What is the GGE norm on supply chain integrity?',
    'What does the OSCE Confidence Building Measures text cover?',
  ])('finds none in %j', (q) => {
    expect(names(q)).toEqual([]);
  });

  it('suggests the nearest catalog names', () => {
    const [unknown] = findUnknownAgreementNames('What does the Paris Agreement say?', catalog);
    expect(unknown?.nearest.map((a) => a.id)).toContain(22);
  });
});
