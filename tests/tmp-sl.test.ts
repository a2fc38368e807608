import fs from 'node:fs';
import { it } from 'vitest';
import { extractText } from '../src/intake/parse/extract-text.js';
it('x', async () => {
  const e = await extractText(fs.readFileSync(process.env.F!));
  console.log('\n' + JSON.stringify(e.parts.map((p) => p.blocks), null, 0).slice(0, 3000));
});
