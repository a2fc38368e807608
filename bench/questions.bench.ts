import type { CatalogSnapshot } from '../src/core/catalog/catalog-snapshot.js';
import { answerQuestion } from '../src/core/questions/answer-question.js';
import { getCatalogTextIndex } from '../src/core/text/catalog-text-index.js';
import { loadBenchCatalog, SHIPPED } from './lib/catalog-file.js';
import { interleave, loadNote, percentiles, printTable, QUICK, range, REPETITIONS, walls, type Sample, type SummaryRow } from './lib/measure.js';
import { questionSet, type BenchQuestion, type QuestionKind } from './lib/question-set.js';

const BIG = 10_000;
const NOW = new Date('2026-11-23T12:00:00Z');

/**
 * Answers at 10,000 agreements, per kind of question, next to the same questions over the shipped
 * catalog (the baseline), interleaved question by question. Every repetition asks 1,000 questions
 * nobody asked before in the run (a new seed each time), naming synthetic and shipped agreements,
 * so no answer comes from a cache that a member's fresh question would miss.
 */
export async function run(): Promise<SummaryRow[]> {
  const small = await loadBenchCatalog(SHIPPED);
  const big = await loadBenchCatalog(BIG);
  const indexStart = performance.now();
  getCatalogTextIndex(big);
  const indexMs = performance.now() - indexStart;
  const perQuestion = QUICK ? 300 : 1_000;
  warmUp([small, big], questionSet(small, 100, 1));

  const reps: Array<{ questions: BenchQuestion[]; small: Sample[]; big: Sample[] }> = [];
  for (let rep = 0; rep < REPETITIONS; rep++) {
    const questions = questionSet(small, perQuestion, 100 + rep);
    const samples = await interleave({ small: (q: BenchQuestion) => answerQuestion(q.text, small, NOW), big: (q: BenchQuestion) => answerQuestion(q.text, big, NOW) }, questions);
    reps.push({ questions, ...samples });
  }

  const kinds = [...new Set(reps[0]!.questions.map((q) => q.kind))].sort();
  const byKind = (rep: (typeof reps)[number], kind: QuestionKind | 'all', which: 'small' | 'big') =>
    percentiles(walls(rep[which].filter((_, i) => kind === 'all' || rep.questions[i]!.kind === kind)));
  const row = (kind: QuestionKind | 'all') => {
    const s = reps.map((r) => byKind(r, kind, 'small'));
    const b = reps.map((r) => byKind(r, kind, 'big'));
    return [kind, String(s[0]!.n), range(s.map((x) => x.p50)), range(s.map((x) => x.p99)), range(b.map((x) => x.p50)), range(b.map((x) => x.p99))];
  };
  console.log(`${perQuestion} distinct questions per repetition, ${REPETITIONS} repetitions (a new question set each), interleaved question by question; ms, range over repetitions`);
  console.log(`catalogs loaded through the store: ${small.agreements.length} and ${big.agreements.length} agreements; text index for ${big.agreements.length} ${indexMs < 1 ? 'built by an earlier benchmark of this run' : `built in ${indexMs.toFixed(0)} ms`}`);
  printTable(['question kind', 'n', `p50 @${small.agreements.length}`, `p99 @${small.agreements.length}`, `p50 @${BIG / 1000}k`, `p99 @${BIG / 1000}k`], [...kinds.map(row), row('all')]);
  console.log(`(${loadNote()})`);

  const all = (which: 'small' | 'big') => reps.map((r) => byKind(r, 'all', which));
  const compare = (which: 'small' | 'big') => reps.map((r) => byKind(r, 'compare', which));
  return [
    {
      measure: `answers at 10k, ${perQuestion} distinct questions`,
      figure: `p50 ${range(all('big').map((x) => x.p50))} ms, p99 ${range(all('big').map((x) => x.p99))} ms; compares p50 ${range(compare('big').map((x) => x.p50))} ms`,
      baseline: `same questions @${small.agreements.length}: p50 ${range(all('small').map((x) => x.p50))}, p99 ${range(all('small').map((x) => x.p99))} ms`,
      goal: 'p99 < 5 ms incl. compares',
    },
  ];
}

function warmUp(catalogs: readonly CatalogSnapshot[], questions: readonly BenchQuestion[]): void {
  for (const q of questions) for (const c of catalogs) answerQuestion(q.text, c, NOW);
}
