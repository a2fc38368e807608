import type { Agreement } from '../../src/core/catalog/agreement.js';

/** A valid agreement with the given id, year and covered elements; everything else plain. */
export function anAgreement(id: number, year: number | null, elements: string[], overrides: Partial<Agreement> = {}): Agreement {
  return {
    id,
    slug: `agreement-${id}`,
    name: `Agreement ${id}`,
    aliases: [],
    year,
    dateDetail: '',
    partiesKinds: ['states'],
    partiesDetail: 'states',
    maintainer: 'a secretariat',
    binding: 'voluntary',
    bindingDetail: 'voluntary',
    url: `https://example.org/${id}`,
    urlNote: 'official',
    factsSources: [],
    coverage: elements.map((element) => ({ element, evidence: `clause on ${element}`, source: `https://example.org/${id}`, status: 'sourced' as const })),
    addedAt: '2022-12-01',
    provenance: { kind: 'reference', ref: 'test', at: '2022-12-01' },
    ...overrides,
  };
}
