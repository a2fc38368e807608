import { it } from 'vitest';
import { run } from '../../../bench/intake.bench.js';
it('bench', async () => { await run(); }, 600_000);
