// Reads the two Stryker JSON reports (mutation-testing-elements schema) and prints, for each part
// and for both together, the mutants by outcome and the score: killed (incl. timed out) over the
// covered mutants, and over all. A report path can be given per part: node report-score.mjs units=FILE
import fs from 'node:fs';

const files = { units: 'reports/mutation/units.json', adapters: 'reports/mutation/adapters.json' };
for (const arg of process.argv.slice(2)) {
  const [part, file] = arg.split('=');
  if (part in files && file) files[part] = file;
}
const OUTCOMES = { Killed: 'killed', Timeout: 'timeout', Survived: 'survived', NoCoverage: 'noCoverage' };

const zero = () => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 });
const total = zero();
for (const [part, file] of Object.entries(files)) {
  if (!fs.existsSync(file)) {
    console.log(`${part}: no report (${file}); run npm run test:mutation`);
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const count = zero();
  for (const f of Object.values(report.files)) {
    for (const m of f.mutants) count[OUTCOMES[m.status] ?? 'other'] += 1;
  }
  for (const k of Object.keys(total)) total[k] += count[k];
  print(part, count);
}
print('both', total);

function print(name, c) {
  const detected = c.killed + c.timeout;
  const covered = detected + c.survived;
  const all = covered + c.noCoverage;
  const pct = (n, d) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
  console.log(
    `${name}: ${all} mutants: ${c.killed} killed, ${c.timeout} timed out, ${c.survived} survived, ${c.noCoverage} not covered by any test` +
      `${c.other ? ` (${c.other} more ignored or in error, not counted)` : ''}; score ${pct(detected, all)} of all, ${pct(detected, covered)} of covered`,
  );
}
