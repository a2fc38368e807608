import type { Migration } from './migration.js';

/**
 * A ready-to-use copy of the catalog for short-lived processes (`normbot ask`): reading 10,000
 * agreements row by row and tokenising their names took a second at every start. One row per
 * cached form, with the catalog version it was made from (catalog-cache.ts).
 */
export const catalogCacheMigration: Migration = {
  version: 10,
  name: 'catalog-cache',
  sql: `
CREATE TABLE catalog_cache (
  name TEXT PRIMARY KEY,
  catalog_version TEXT NOT NULL,
  written_at TEXT NOT NULL,
  payload BLOB NOT NULL
);
`,
};
