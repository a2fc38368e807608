export type StoreErrorCode = 'DB_OPEN_FAILED' | 'DB_QUERY_FAILED' | 'DB_BUSY' | 'MIGRATION_FAILED' | 'SEED_INVALID' | 'NOT_FOUND' | 'CATALOG_INVALID' | 'CONFLICT';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    cause?: unknown,
  ) {
    super(message, { cause });
    this.name = 'StoreError';
  }
}

/** What a user reads when another process holds the write lock longer than the busy timeout. */
export const DB_BUSY_MESSAGE = 'the database is busy (another normbot process is writing); try again';
