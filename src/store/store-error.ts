// StoreError lives with the other coded errors in src/errors.ts; kept here so store imports stay stable.
export { StoreError, type StoreErrorCode } from '../errors.js';

/** What a user reads when another process holds the write lock longer than the busy timeout. */
export const DB_BUSY_MESSAGE = 'the database is busy (another normbot process is writing); try again';
