import type { Migration } from './migration.js';

/**
 * Evidence is a verbatim quotation or a note (with where in the text a quotation sits), and each
 * agreement records when it entered the BPF's dataset, with the source saying so. Rows written
 * before have neither: their evidence reads as a note until the seed or a moderator sets it.
 */
export const evidenceKindMigration: Migration = {
  version: 9,
  name: 'evidence-kind-and-dataset-entry',
  sql: `
ALTER TABLE coverage ADD COLUMN evidence_kind TEXT CHECK (evidence_kind IN ('verbatim', 'note'));
ALTER TABLE coverage ADD COLUMN locator TEXT;
ALTER TABLE agreements ADD COLUMN dataset_entry_json TEXT;
`,
};
