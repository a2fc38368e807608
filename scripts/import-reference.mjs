#!/usr/bin/env node
// One-off import of ../shared/data/agreements-reference.json into data/agreements/*.json (one reviewable
// file per agreement). Kept so the provenance of data/ can be re-checked; normbot never runs it.
// Usage: node scripts/import-reference.mjs ../shared/data/agreements-reference.json
import fs from 'node:fs';
import path from 'node:path';

const [input] = process.argv.slice(2);
if (!input) throw new Error('usage: import-reference.mjs PATH/TO/agreements-reference.json');
const reference = JSON.parse(fs.readFileSync(input, 'utf8'));
const outDir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'data', 'agreements');
fs.mkdirSync(outDir, { recursive: true });

// French and Spanish names contributors write, each read on a page of its own, kept with the name in
// data/translated-names.json (not among the agreement's factsSources: they source a name, not its facts)
const translated = JSON.parse(fs.readFileSync(path.join(outDir, '..', 'translated-names.json'), 'utf8')).names;
const namesOf = (id) => translated.filter((t) => t.agreement === id);
const unique = (xs) => [...new Set(xs)];

const slugify = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-$/, '');

function binding(text) {
  const t = text.toLowerCase();
  if (t.startsWith('politically binding')) return 'politically binding';
  if (t.startsWith('binding')) return 'binding';
  if (t.startsWith('voluntary')) return 'voluntary';
  // "proposed as a binding convention; not adopted": a draft binds nobody
  if (t.startsWith('non-binding') || t.includes('non-binding') || t.includes('not adopted')) return 'non-binding';
  return 'unknown';
}

function partiesKinds(text) {
  const head = text.toLowerCase().split('(')[0];
  const kinds = [];
  if (/\bstates\b/.test(head)) kinds.push('states');
  if (head.includes('regional organisation')) kinds.push('regional organisation');
  if (head.includes('industry')) kinds.push('industry');
  if (head.includes('multistakeholder')) kinds.push('multistakeholder');
  if (head.includes('technical community')) kinds.push('technical community');
  if (kinds.length === 0) throw new Error(`unmapped parties_kind: ${text}`);
  return kinds;
}

// The reference lists some elements twice for one agreement (two clauses, same source): keep one
// link per element with both quotes, the weaker status if they differ.
function mergeDuplicateLinks(links) {
  const byElement = new Map();
  for (const link of links) {
    const seen = byElement.get(link.element);
    if (!seen) byElement.set(link.element, { ...link });
    else {
      seen.evidence = `${seen.evidence}; ${link.evidence}`;
      if (seen.source !== link.source) seen.source = [seen.source, link.source].filter(Boolean).join(' ; ');
      if (link.status === 'unverified') seen.status = 'unverified';
    }
  }
  return [...byElement.values()];
}

// The seed is cited by name, never by the path it had on the machine that gathered the facts.
const SEED_000 = 'BPF Cybersecurity WS1 draft output, December 2022 (seed document 000_f2ec0a47d7e57f77.txt), "New agreements/priorities"';
const citeSource = (source) => (/000_f2ec0a47d7e57f77/.test(source) ? SEED_000 : source);

// Where in the text a quote sits ("13(a)", "P4", "Principle 2", "preamble"): kept apart from the quote.
const LOCATOR = /^(13\([a-k]\)|P\d+|Principle \d+|Action \d+|preamble|objective|general principle|operational principle):? (?=")/;

/**
 * Verbatim when the evidence is one quotation and nothing else (after an optional locator): the
 * quote is stored without its quote marks, and shown as a quotation. Anything else (a paraphrase,
 * a note with quoted words, an attribution in brackets) is a note. Unclear cases are notes.
 */
function evidenceOf(text) {
  const locator = LOCATOR.exec(text)?.[1];
  const rest = locator ? text.slice(LOCATOR.exec(text)[0].length) : text;
  const quote = /^"([^"]+)"$/.exec(rest)?.[1];
  if (!quote) return { evidenceKind: 'note', evidence: text };
  return { evidenceKind: 'verbatim', ...(locator ? { locator } : {}), evidence: quote };
}

/**
 * When the agreement entered the BPF's dataset. The seed (December 2022 draft output) names two
 * agreements as "new since IGF 2021", added by the BPF's 2022 analysis; the other 36 were in the
 * earlier set, at a date the seed does not give, so only "by IGF 2021" is known of them.
 */
const NEW_SINCE_IGF_2021 = new Set(['Copenhagen Pledge on Tech for Democracy', 'A Declaration for the Future of the Internet']);
function datasetEntry(name) {
  if (NEW_SINCE_IGF_2021.has(name)) {
    return {
      cycle: 2022,
      after: '2021-12-10',
      by: '2022-12-01',
      source: 'BPF Cybersecurity WS1 draft output, December 2022, "New agreements/priorities": "Two new norms agreements since IGF 2021"',
    };
  }
  return {
    by: '2021-12-10',
    source: 'BPF Cybersecurity WS1 draft output, December 2022: in its list of 38 agreements and not among the "Two new norms agreements since IGF 2021"',
  };
}

for (const a of reference) {
  const slug = slugify(a.aliases[0] && a.aliases[0].length < a.name.length ? a.aliases[0] : a.name);
  const record = {
    id: a.id,
    slug,
    name: a.name,
    aliases: unique([...a.aliases, ...namesOf(a.id).map((t) => t.name)]),
    year: a.year,
    dateDetail: a.date_detail,
    partiesKinds: partiesKinds(a.parties_kind),
    partiesDetail: a.parties_kind,
    maintainer: a.maintainer,
    binding: binding(a.binding),
    bindingDetail: a.binding,
    url: a.url,
    urlNote: a.url_note,
    factsSources: a.facts_sources,
    ...(a.note ? { note: a.note } : {}),
    coverage: mergeDuplicateLinks(a.norms.map((n) => ({ element: n.element, evidence: n.evidence, source: citeSource(n.source), status: n.status }))).map(
      ({ element, evidence, ...rest }) => ({ element, ...evidenceOf(evidence), ...rest }),
    ),
    addedAt: '2022-12-01',
    datasetEntry: datasetEntry(a.name),
    provenance: { kind: 'reference', ref: 'shared/data/agreements-reference.json (BPF WS1 catalog, Dec 2022 draft)', at: '2022-12-01' },
  };
  const file = path.join(outDir, `${String(a.id).padStart(2, '0')}-${slug}.json`);
  fs.writeFileSync(file, JSON.stringify(record, null, 2) + '\n');
}
console.log(`wrote ${reference.length} agreements to ${outDir}`);
