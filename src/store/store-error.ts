// StoreError lives with the other coded errors in src/errors.ts; kept here so store imports stay stable.
export { StoreError, type StoreErrorCode } from '../errors.js';
