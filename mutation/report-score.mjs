// Reads the two Stryker JSON reports (mutation-testing-elements schema) and prints the score of
// each part and of both together: killed (and timed out) mutants over the covered ones, and over all.
import fs from 'node:fs';

const parts = ['units', 'adapters'];
const DETECTED = new Set(['Killed', 'Timeout']);

const total = { detected: 0, survived: 0, noCoverage: 0 };
for (const part of parts) {
  const file = `reports/mutation/${part}.json`;
  if (!fs.existsSync(file)) {
    console.log(`${part}: no report (${file}); run npm run test:mutation`);
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const count = { detected: 0, survived: 0, noCoverage: 0 };
  for (const f of Object.values(report.files)) {
    for (const m of f.mutants) {
      if (DETECTED.has(m.status)) count.detected += 1;
      else if (m.status === 'Survived') count.survived += 1;
      else if (m.status === 'NoCoverage') count.noCoverage += 1;
    }
  }
  for (const k of Object.keys(total)) total[k] += count[k];
  print(part, count);
}
print('both', total);

function print(name, c) {
  const covered = c.detected + c.survived;
  const all = covered + c.noCoverage;
  const pct = (n, d) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
  console.log(`${name}: ${c.detected} of ${covered} covered mutants killed (${pct(c.detected, covered)}); ${pct(c.detected, all)} of all ${all} (${c.noCoverage} not covered by any test)`);
}

