import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Block, Reply } from '../reply/reply.js';
import { makeReply } from './make-reply.js';

export const EXAMPLE_QUESTIONS: readonly string[] = [
  'Which agreements cover critical infrastructure protection?',
  'Which voluntary industry agreements cover vulnerability disclosure since 2018?',
  'What does the Paris Call cover?',
  'Compare the Paris Call and the GCSC norms',
  'Rank the norm elements by frequency',
  'Which norms are rising?',
  'Which agreements were launched after 2020?',
  'What is the GGE norm on supply chain integrity?',
  'What is 2.5?',
];

/** What normbot answers, with examples; `reason` says why the question could not be answered, if so. */
export function answerHelp(catalog: CatalogSnapshot, reason?: string, intent = 'help'): Reply {
  const blocks: Block[] = [];
  if (reason) blocks.push({ type: 'paragraph', text: reason });
  blocks.push({ type: 'heading', text: 'What you can ask normbot' });
  blocks.push({
    type: 'paragraph',
    text: `I answer questions in English about ${catalog.agreements.length} cybersecurity norms agreements and ${catalog.elements.length} norm elements of the IGF Best Practice Forum on Cybersecurity: which agreements cover an element (filtered by kind of party, maintainer, binding status or years), what one agreement covers, comparisons, frequency, trends, the UN GGE 2015 norms, and what an element means.`,
  });
  blocks.push({ type: 'list', ordered: false, items: EXAMPLE_QUESTIONS.map((q) => ({ title: q })) });
  blocks.push({ type: 'paragraph', text: `Elements: ${catalog.elements.map((e) => `${e.id} ${e.name}`).join('; ')}.` });
  return makeReply({ intent, blocks, agreements: [], norms: [] });
}
