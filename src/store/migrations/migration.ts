import type { Database } from '../database.js';

export interface Migration {
  /** strictly increasing; never renumber a shipped migration */
  version: number;
  name: string;
  sql: string;
  /** rows SQL alone cannot fill (a hash), written in the migration's transaction after `sql` */
  backfill?: (tx: Database) => Promise<void>;
}
