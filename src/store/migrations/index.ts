import { catalogMigration } from './001-catalog.js';
import { intakeMigration } from './002-intake.js';
import { chatMigration } from './003-chat.js';
import { intakeDedupeMigration } from './004-intake-dedupe.js';
import { intakeSecurityMigration } from './005-intake-security.js';
import { deskMigration } from './006-desk.js';
import { feedbackMigration } from './008-feedback.js';
import { evidenceKindMigration } from './009-evidence-kind-and-dataset-entry.js';
import { catalogCacheMigration } from './010-catalog-cache.js';
import { repliesMigration } from './011-replies.js';
import { unsortedMigration } from './016-unsorted.js';
import type { Migration } from './migration.js';

export const migrations: readonly Migration[] = [
  catalogMigration,
  intakeMigration,
  chatMigration,
  intakeDedupeMigration,
  intakeSecurityMigration,
  deskMigration,
  feedbackMigration,
  evidenceKindMigration,
  catalogCacheMigration,
  repliesMigration,
  unsortedMigration,
];
