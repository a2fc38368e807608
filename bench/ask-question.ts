import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogSnapshot } from '../src/core/catalog/catalog-snapshot.js';
import { answerQuestion } from '../src/core/questions/answer-question.js';
import { readKnowledgeBase } from '../src/store/read-knowledge-base.js';

/**
 * Answers one question from the shipped data/ without a store, for scoring the question engine on
 * its own: `node dist/bench/ask-question.js "Which agreements cover botnets?" [--json]`.
 */
async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const question = argv.filter((a) => a !== '--json').join(' ');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const kb = await readKnowledgeBase(path.join(root, 'data'));
  const catalog = buildCatalogSnapshot({ agreements: kb.agreements, categories: kb.taxonomy.categories, elements: kb.taxonomy.elements, ggeNorms: kb.ggeNorms });
  const reply = answerQuestion(question, catalog, new Date());
  process.stdout.write(json ? `${JSON.stringify(reply, null, 2)}\n` : `${reply.text}\n`);
}

await main(process.argv.slice(2));
