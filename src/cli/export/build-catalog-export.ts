import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';

export type MatrixCell = 'sourced' | 'unverified' | '';

/**
 * The catalog as one table: an agreement per row with its facts, then one column per norm
 * element saying whether the agreement covers it (sourced / unverified) or not ('').
 */
export function buildCatalogTable(catalog: CatalogSnapshot): string[][] {
  const header = ['id', 'name', 'aliases', 'year', 'parties', 'maintainer', 'binding', 'url', 'added', ...catalog.elements.map((e) => `${e.id} ${e.name}`)];
  const rows = catalog.agreements.map((a) => {
    const cells = coverageCells(catalog, a.id);
    return [
      String(a.id),
      a.name,
      a.aliases.join('; '),
      a.year === null ? '' : String(a.year),
      a.partiesKinds.join('; '),
      a.maintainer,
      a.binding,
      a.url,
      a.addedAt,
      ...catalog.elements.map((e) => cells.get(e.id) ?? ''),
    ];
  });
  return [header, ...rows];
}

/** The whole catalog plus the coverage matrix, for `--format json`. */
export function buildCatalogJson(catalog: CatalogSnapshot) {
  return {
    categories: catalog.categories,
    elements: catalog.elements,
    ggeNorms: catalog.ggeNorms,
    agreements: catalog.agreements,
    matrix: {
      elements: catalog.elements.map((e) => e.id),
      rows: catalog.agreements.map((a) => {
        const cells = coverageCells(catalog, a.id);
        return { agreement: a.id, name: a.name, cells: catalog.elements.map((e) => cells.get(e.id) ?? '') };
      }),
    },
  };
}

function coverageCells(catalog: CatalogSnapshot, agreementId: number): Map<string, MatrixCell> {
  const cells = new Map<string, MatrixCell>();
  for (const c of catalog.agreementById.get(agreementId)?.coverage ?? []) {
    // two quotes for one element: sourced wins only if every quote is sourced
    cells.set(c.element, cells.get(c.element) === 'unverified' ? 'unverified' : c.status);
  }
  return cells;
}
