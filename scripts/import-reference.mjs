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

for (const a of reference) {
  const slug = slugify(a.aliases[0] && a.aliases[0].length < a.name.length ? a.aliases[0] : a.name);
  const record = {
    id: a.id,
    slug,
    name: a.name,
    aliases: a.aliases,
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
    coverage: mergeDuplicateLinks(a.norms.map((n) => ({ element: n.element, evidence: n.evidence, source: n.source, status: n.status }))),
    addedAt: '2022-12-01',
    provenance: { kind: 'reference', ref: 'shared/data/agreements-reference.json (BPF WS1 catalog, Dec 2022 draft)', at: '2022-12-01' },
  };
  const file = path.join(outDir, `${String(a.id).padStart(2, '0')}-${slug}.json`);
  fs.writeFileSync(file, JSON.stringify(record, null, 2) + '\n');
}
console.log(`wrote ${reference.length} agreements to ${outDir}`);
