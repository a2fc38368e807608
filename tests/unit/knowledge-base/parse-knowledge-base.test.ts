import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeSourceProblem } from '../../../src/core/knowledge-base/check-source.js';
import { parseKnowledgeBase } from '../../../src/core/knowledge-base/parse-knowledge-base.js';
import { readSeedFiles, type SeedFiles } from '../../../src/store/catalog/read-seed-files.js';

let files: SeedFiles;
beforeAll(async () => {
  files = await readSeedFiles(path.resolve(import.meta.dirname, '../../../data'));
});

/** The shipped knowledge base with one agreement's JSON changed. */
function parseWith(id: number, change: (a: Record<string, unknown> & { coverage: Array<Record<string, unknown>> }) => void) {
  const agreements = files.agreements.map((f) => {
    const json = JSON.parse(f.text);
    if (json.id === id) change(json);
    return { name: f.name, json };
  });
  return parseKnowledgeBase({ taxonomy: JSON.parse(files.taxonomy.text), ggeNorms: JSON.parse(files.ggeNorms.text), agreements });
}

describe('the knowledge-base check', () => {
  it('accepts the shipped data: every source a web address or a named document', () => {
    const kb = parseWith(0, () => {});
    const sources = kb.agreements.flatMap((a) => [...a.factsSources, ...a.coverage.map((c) => c.source).filter(Boolean), a.datasetEntry?.source ?? '']);
    expect(sources.filter((s) => describeSourceProblem(s) !== null)).toEqual([]);
  });

  it('lists every French or Spanish name, read at a web address, among its agreement\'s aliases', async () => {
    const { names } = JSON.parse(await fs.readFile(path.resolve(import.meta.dirname, '../../../data/translated-names.json'), 'utf8')) as {
      names: Array<{ agreement: number; lang: string; name: string; source: string }>;
    };
    const kb = parseWith(0, () => {});
    const missing = names.filter((t) => {
      const a = kb.agreements.find((x) => x.id === t.agreement);
      return !a || !a.aliases.includes(t.name) || describeSourceProblem(t.source) !== null || !/^https:\/\//.test(t.source) || !['fr', 'es'].includes(t.lang);
    });
    expect(missing).toEqual([]);
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(['/farm/in/seeds/000_f2ec0a47d7e57f77.txt', './seeds/000.txt', '~/notes.txt', 'C:\\data\\seed.txt', 'file:///tmp/seed.txt'])('refuses a local file path as a coverage source: %s', (source) => {
    expect(() => parseWith(37, (a) => Object.assign(a.coverage[0]!, { source }))).toThrow(/agreement 37 .*link to 1\.1.*file path/);
  });

  it('refuses a source that is neither an address nor a named document', () => {
    expect(() => parseWith(22, (a) => Object.assign(a.coverage[0]!, { source: 'seed' }))).toThrow(/neither a web address nor a named document/);
  });

  it('accepts a document cited by its title', () => {
    expect(() => parseWith(22, (a) => Object.assign(a.coverage[0]!, { source: 'BPF Cybersecurity WS1 draft output, December 2022' }))).not.toThrow();
  });

  it('cites the seed by name in the two links that used a path', () => {
    const kb = parseWith(0, () => {});
    const seedLinks = kb.agreements.flatMap((a) => a.coverage).filter((c) => /BPF 2022 draft/.test(c.evidence));
    expect(seedLinks.length).toBe(2);
    for (const c of seedLinks) expect(c.source).toMatch(/^BPF Cybersecurity WS1 draft output, December 2022/);
  });

  it('requires every link to say whether its evidence is verbatim or a note', () => {
    expect(() => parseWith(22, (a) => delete a.coverage[0]!.evidenceKind)).toThrow(/no evidenceKind/);
  });

  it('refuses verbatim evidence still wrapped in quote marks (it would be quoted twice)', () => {
    expect(() => parseWith(22, (a) => Object.assign(a.coverage[0]!, { evidenceKind: 'verbatim', evidence: '"to individuals and critical infrastructure"' }))).toThrow(/written with quote marks/);
  });

  it('requires each agreement to say when it entered the BPF\'s dataset', () => {
    expect(() => parseWith(22, (a) => delete a.datasetEntry)).toThrow(/no datasetEntry/);
  });
});
