import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { resolveAgreement } from '../../../src/core/chat/resolve-agreement.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

describe('resolveAgreement', () => {
  let catalog: CatalogSnapshot;
  beforeAll(async () => {
    catalog = await loadCatalog();
  });

  it('finds an agreement by id', () => {
    expect(resolveAgreement('#3', catalog)).toMatchObject({ ok: true, agreement: { id: 3 } });
  });

  it('finds an agreement by a misspelt name', () => {
    expect(resolveAgreement('paris cal for trust', catalog)).toMatchObject({ ok: true, agreement: { name: expect.stringContaining('Paris Call') } });
  });

  it('says so when no agreement matches', () => {
    expect(resolveAgreement('Treaty of Westphalia', catalog)).toMatchObject({ ok: false, message: expect.stringContaining('No agreement') });
  });

  it('reads only a whole id, with or without #', () => {
    expect(resolveAgreement(' 3 ', catalog)).toMatchObject({ ok: true, agreement: { id: 3 } });
    expect(resolveAgreement('3a', catalog)).toMatchObject({ ok: false });
  });

  it('refuses an id the catalog does not have', () => {
    expect(resolveAgreement('999', catalog)).toMatchObject({ ok: false, message: 'There is no agreement 999 in the catalog.' });
  });
});
