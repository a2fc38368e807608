import type { Migration } from './migration.js';

/** The knowledge base: taxonomy, GGE norms, agreements, coverage links and their history. */
export const catalogMigration: Migration = {
  version: 1,
  name: 'catalog',
  sql: `
CREATE TABLE categories (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL
);
CREATE TABLE norm_elements (
  id TEXT PRIMARY KEY,
  category_id TEXT NOT NULL REFERENCES categories(id),
  seed_label TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  synonyms_json TEXT NOT NULL,
  source TEXT NOT NULL,
  position INTEGER NOT NULL
);
CREATE TABLE gge_norms (
  id TEXT PRIMARY KEY,
  letter TEXT NOT NULL,
  title TEXT NOT NULL,
  paraphrase TEXT NOT NULL,
  elements_json TEXT NOT NULL,
  synonyms_json TEXT NOT NULL,
  status TEXT NOT NULL,
  source TEXT NOT NULL
);
CREATE TABLE agreements (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  aliases_json TEXT NOT NULL,
  year INTEGER,
  date_detail TEXT NOT NULL,
  parties_kinds_json TEXT NOT NULL,
  parties_detail TEXT NOT NULL,
  maintainer TEXT NOT NULL,
  binding TEXT NOT NULL,
  binding_detail TEXT NOT NULL,
  url TEXT NOT NULL,
  url_note TEXT NOT NULL,
  facts_sources_json TEXT NOT NULL,
  note TEXT,
  added_at TEXT NOT NULL,
  provenance_json TEXT NOT NULL
);
CREATE INDEX agreements_year ON agreements(year);
CREATE TABLE coverage (
  agreement_id INTEGER NOT NULL REFERENCES agreements(id),
  element_id TEXT NOT NULL REFERENCES norm_elements(id),
  evidence TEXT NOT NULL,
  source TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('sourced', 'unverified')),
  provenance_json TEXT,
  PRIMARY KEY (agreement_id, element_id)
);
CREATE INDEX coverage_element ON coverage(element_id);
-- Every change to the catalog: who, when, what, from which source. Never updated, only appended.
CREATE TABLE catalog_history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  source TEXT NOT NULL
);
CREATE INDEX catalog_history_entity ON catalog_history(entity, entity_id);
CREATE TABLE seed_state (
  name TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  seeded_at TEXT NOT NULL
);
`,
};
