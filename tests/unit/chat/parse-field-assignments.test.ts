import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { parseFieldAssignments } from '../../../src/core/chat/parse-field-assignments.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

describe('parseFieldAssignments', () => {
  let catalog: CatalogSnapshot;
  beforeAll(async () => {
    catalog = await loadCatalog();
  });

  it('reads values with spaces up to the next field', () => {
    expect(parseFieldAssignments('name=Paris Call for Trust year=2018', catalog)).toEqual({ ok: true, patch: { name: 'Paris Call for Trust', launchYear: 2018 } });
  });

  it('clears a nullable field with none', () => {
    expect(parseFieldAssignments('maintainer=none', catalog)).toEqual({ ok: true, patch: { maintainer: null } });
  });

  it('splits signatories on commas', () => {
    expect(parseFieldAssignments('signatories=France, Kenya', catalog)).toEqual({ ok: true, patch: { signatories: ['France', 'Kenya'] } });
  });

  it('names norm elements from the catalog', () => {
    const result = parseFieldAssignments('elements=2.1, 5.3', catalog);
    expect(result).toMatchObject({ ok: true, patch: { normElements: [{ id: '2.1', name: catalog.elementById.get('2.1')?.name }, { id: '5.3' }] } });
  });

  it('refuses an unknown element id', () => {
    expect(parseFieldAssignments('elements=9.9', catalog)).toMatchObject({ ok: false, message: expect.stringContaining('9.9') });
  });

  it('refuses a year that is not a year', () => {
    expect(parseFieldAssignments('year=soon', catalog)).toMatchObject({ ok: false });
  });

  it('refuses text without field=value', () => {
    expect(parseFieldAssignments('make it better', catalog)).toMatchObject({ ok: false, message: expect.stringContaining('field=value') });
  });

  it('accepts GGE norms by letter', () => {
    expect(parseFieldAssignments('gge=f, 13h', catalog)).toMatchObject({ ok: true, patch: { ggeNorms: [{ id: '13f' }, { id: '13h' }] } });
  });

  it("takes the schema's field names (launchYear, normElements, ggeNorms) for the short ones", () => {
    expect(parseFieldAssignments('launchYear=2018 normElements=2.1 ggeNorms=f', catalog)).toMatchObject({
      ok: true,
      patch: { launchYear: 2018, normElements: [{ id: '2.1' }], ggeNorms: [{ id: '13f' }] },
    });
  });

  it('names an unknown field and the valid ones, and changes nothing', () => {
    expect(parseFieldAssignments('name=X launchDate=2018', catalog)).toEqual({
      ok: false,
      message: 'There is no field "launchDate"; the fields are name, year, parties, signatories, maintainer, elements, gge (launchYear, normElements and ggeNorms also work).',
    });
  });
});
