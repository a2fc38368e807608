import type { CatalogSnapshot } from '../../src/core/catalog/catalog-snapshot.js';
import type { Reply } from '../../src/core/reply/reply.js';
import type { QuestionCase } from './question-case.js';

/** What a reply gets wrong against a table row; empty when right. */
export function checkQuestionCase(c: QuestionCase, reply: Reply, catalog: CatalogSnapshot): string[] {
  const problems: string[] = [];
  const got = reply.agreements.map((a) => Number(a.id));
  const ids = (list: ReadonlyArray<{ id: number }>) => list.map((a) => a.id);
  if (c.intent && reply.intent !== c.intent) problems.push(`intent ${reply.intent}, expected ${c.intent}`);
  if (c.agreements) {
    const want = ids(c.agreements(catalog)).sort((a, b) => a - b);
    const have = [...got].sort((a, b) => a - b);
    if (JSON.stringify(want) !== JSON.stringify(have)) problems.push(`agreements ${have.join(',') || '(none)'}, expected ${want.join(',') || '(none)'}`);
  }
  if (c.includes) {
    const missing = ids(c.includes(catalog)).filter((id) => !got.includes(id));
    if (missing.length > 0) problems.push(`missing agreements ${missing.join(',')}`);
  }
  const norms = reply.norms.map((n) => n.id);
  const missingNorms = (c.norms ?? []).filter((n) => !norms.includes(n));
  if (missingNorms.length > 0) problems.push(`missing norms ${missingNorms.join(',')}`);
  if (c.text && !c.text.test(reply.text)) problems.push(`text does not match ${c.text}`);
  return problems;
}
