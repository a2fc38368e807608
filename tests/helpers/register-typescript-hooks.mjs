// Vitest runs the TypeScript sources; a worker thread they start (the document extractor,
// src/intake/parse/worker) is loaded by Node itself, which cannot read TypeScript. vitest.config.ts
// passes this file to Node with --import, and worker threads inherit that, so they load .ts
// sources through these hooks. Production runs the compiled JavaScript in dist/ and needs none.
import { register } from 'node:module';

register('./typescript-hooks.mjs', import.meta.url);
