import fs from 'node:fs';
import path from 'node:path';
import { it } from 'vitest';
import { parseEmail } from '../src/intake/parse/parse-email.js';
import { loadCatalog } from './helpers/load-catalog.js';
it('dump', async () => {
  const catalog = await loadCatalog();
  const files = (process.env.FILES ?? '').split(',').filter(Boolean);
  for (const f of files) {
    const m = await parseEmail(fs.readFileSync(path.resolve(f)), { catalog, now: new Date('2026-01-01T00:00:00Z') });
    console.log('=====', f, m.kind, m.kindReason, JSON.stringify(m.contributor));
    for (const a of m.agreements) console.log('  *', JSON.stringify({ name: a.name, y: a.launchYear, m: a.maintainer, p: a.parties, s: a.signatories, src: a.source, c: a.confidence }));
    if (process.env.MORE) console.log(JSON.stringify({ mentions: m.mentions, answers: m.answers, warnings: m.warnings }, null, 1));
  }
}, 120000);
