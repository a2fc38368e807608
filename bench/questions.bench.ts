import type { CatalogSnapshot } from '../src/core/catalog/catalog-snapshot.js';
import { getCatalogTextIndex } from '../src/core/text/catalog-text-index.js';
import { loadBenchCatalog, SHIPPED } from './lib/catalog-file.js';
import { interleave, loadNote, percentiles, printTable, QUICK, range, REPETITIONS, walls, type Sample, type SummaryRow } from './lib/measure.js';
import { answererFor, questionSet, type BenchQuestion, type QuestionKind } from './lib/question-set.js';

const BIG = 10_000;
const NOW = new Date('2026-11-23T12:00:00Z');
/** Questions asked before measuring, none of them measured: a bot in service has compiled its hot code; a fresh process has not. */
const WARM_UP = 500;

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
  warmUp([small, big], questionSet(small, WARM_UP, 1));

  const reps: Array<{ questions: BenchQuestion[]; small: Sample[]; big: Sample[] }> = [];
  const unanswered = new Map<string, number>(); // questions answered with help or "unknown" at 10k, by kind
  for (let rep = 0; rep < REPETITIONS; rep++) {
    const questions = questionSet(small, perQuestion, 100 + rep);
    const answer = { small: answererFor(questions, small, NOW), big: answererFor(questions, big, NOW) };
    const samples = await interleave(
      {
        small: (q: BenchQuestion) => answer.small(q),
        big: (q: BenchQuestion) => {
          const reply = answer.big(q);
          if (reply.intent === 'help' || reply.intent === 'unknown') unanswered.set(q.kind, (unanswered.get(q.kind) ?? 0) + 1);
        },
      },
      questions,
    );
    reps.push({ questions, ...samples });
  }

  const kinds = [...new Set(reps[0]!.questions.map((q) => q.kind))].sort();
  const pick = (rep: (typeof reps)[number], kind: QuestionKind | 'all', which: 'small' | 'big') => rep[which].filter((_, i) => kind === 'all' || rep.questions[i]!.kind === kind);
  const byKind = (rep: (typeof reps)[number], kind: QuestionKind | 'all', which: 'small' | 'big') => percentiles(walls(pick(rep, kind, which)));
  const cpuOf = (rep: (typeof reps)[number], kind: QuestionKind | 'all', which: 'small' | 'big') => percentiles(pick(rep, kind, which).map((s) => s.cpu));
  const row = (kind: QuestionKind | 'all') => {
    const s = reps.map((r) => byKind(r, kind, 'small'));
    const b = reps.map((r) => byKind(r, kind, 'big'));
    const c = reps.map((r) => cpuOf(r, kind, 'big'));
    const n = reps.reduce((sum, r) => sum + r.questions.filter((q) => kind === 'all' || q.kind === kind).length, 0);
    const missed = kind === 'all' ? [...unanswered.values()].reduce((x, y) => x + y, 0) : (unanswered.get(kind) ?? 0);
    return [kind, String(s[0]!.n), range(s.map((x) => x.p50)), range(s.map((x) => x.p99)), range(b.map((x) => x.p50)), range(b.map((x) => x.p99)), range(c.map((x) => x.p50)), range(c.map((x) => x.p99)), `${missed}/${n}`];
  };
  console.log(`${perQuestion} distinct questions per repetition, ${REPETITIONS} repetitions (a new question set each), interleaved question by question, after ${WARM_UP} other questions to warm up; ms, range over repetitions`);
  console.log(`catalogs loaded through the store: ${small.agreements.length} and ${big.agreements.length} agreements; text index for ${big.agreements.length} ${indexMs < 1 ? 'built by an earlier benchmark of this run' : `built in ${indexMs.toFixed(0)} ms`}`);
  console.log('wall time counts the waits for the CPU on a loaded machine; CPU time is this process\'s own (user + system); "help" = answered with help or "unknown" at 10k');
  printTable(
    ['question kind', 'n', `p50 @${small.agreements.length}`, `p99 @${small.agreements.length}`, `p50 @${BIG / 1000}k`, `p99 @${BIG / 1000}k`, `CPU p50 @${BIG / 1000}k`, `CPU p99 @${BIG / 1000}k`, 'help'],
    [...kinds.map(row), row('all')],
  );
  console.log(`(${loadNote()})`);

  const all = (which: 'small' | 'big') => reps.map((r) => byKind(r, 'all', which));
  const allCpu = (which: 'small' | 'big') => reps.map((r) => cpuOf(r, 'all', which));
  const compare = (which: 'small' | 'big') => reps.map((r) => byKind(r, 'compare', which));
  return [
    {
      measure: `answers at 10k, ${perQuestion} distinct questions`,
      figure: `wall p50 ${range(all('big').map((x) => x.p50))} ms, p99 ${range(all('big').map((x) => x.p99))} ms (CPU p50 ${range(allCpu('big').map((x) => x.p50))}, p99 ${range(allCpu('big').map((x) => x.p99))}); compares p50 ${range(compare('big').map((x) => x.p50))} ms`,
      baseline: `same questions @${small.agreements.length}: wall p50 ${range(all('small').map((x) => x.p50))}, p99 ${range(all('small').map((x) => x.p99))} ms (CPU p99 ${range(allCpu('small').map((x) => x.p99))})`,
      goal: 'p99 < 5 ms incl. compares',
    },
  ];
}

function warmUp(catalogs: readonly CatalogSnapshot[], questions: readonly BenchQuestion[]): void {
  for (const c of catalogs) questions.forEach(answererFor(questions, c, NOW));
}
