export interface Migration {
  /** strictly increasing; never renumber a shipped migration */
  version: number;
  name: string;
  sql: string;
}
