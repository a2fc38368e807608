import sqlite3 from 'sqlite3';

/**
 * The baseline of the `normbot ask` benchmark, run as its own process:
 * `node query-covering-agreements.js <db> <element>` prints, as JSON, the agreements covering the
 * element with their evidence, oldest first (the rows an answer about one element shows).
 */
const [file, element] = process.argv.slice(2);
const db = new sqlite3.Database(file ?? '', sqlite3.OPEN_READONLY);
db.all(
  'SELECT a.id, a.name, a.year, c.evidence, c.source, c.status FROM coverage c JOIN agreements a ON a.id = c.agreement_id WHERE c.element_id = ? ORDER BY a.year, a.id',
  [element ?? ''],
  (err, rows) => {
    if (err) throw err;
    process.stdout.write(JSON.stringify(rows));
    db.close();
  },
);
