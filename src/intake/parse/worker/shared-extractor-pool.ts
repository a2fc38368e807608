import { createExtractorPool } from './create-extractor-pool.js';

/** The process's extraction worker: the intake reads every document through it; main.ts stops it first on SIGTERM. */
export const sharedExtractorPool = createExtractorPool();
