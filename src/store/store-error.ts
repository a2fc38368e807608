export type StoreErrorCode = 'DB_OPEN_FAILED' | 'DB_QUERY_FAILED' | 'MIGRATION_FAILED' | 'SEED_INVALID' | 'NOT_FOUND' | 'CATALOG_INVALID' | 'CONFLICT';

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
