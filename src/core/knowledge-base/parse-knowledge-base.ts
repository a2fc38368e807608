import { z } from 'zod';
import { AgreementSchema, type Agreement } from '../catalog/agreement.js';
import { GgeNormSchema, TaxonomySchema, type GgeNorm, type Taxonomy } from '../taxonomy/norm-element.js';
import { describeSourceProblem } from './check-source.js';

export const GgeNormsFileSchema = z.object({ source: z.string(), norms: z.array(GgeNormSchema).length(11) });

export interface KnowledgeBase {
  taxonomy: Taxonomy;
  ggeNorms: GgeNorm[];
  agreements: Agreement[];
}

export class KnowledgeBaseError extends Error {
  readonly code = 'KNOWLEDGE_BASE_INVALID';
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'KnowledgeBaseError';
  }
}

/** Validates the shipped files and their cross-references (every element id must exist). */
export function parseKnowledgeBase(files: { taxonomy: unknown; ggeNorms: unknown; agreements: Array<{ name: string; json: unknown }> }): KnowledgeBase {
  const taxonomy = parseOrExplain(TaxonomySchema, files.taxonomy, 'data/taxonomy.json');
  const ggeNorms = parseOrExplain(GgeNormsFileSchema, files.ggeNorms, 'data/gge-2015-norms.json').norms;
  const agreements = files.agreements.map((f) => parseOrExplain(AgreementSchema, f.json, f.name));
  const elementIds = new Set(taxonomy.elements.map((e) => e.id));
  const check = (id: string, where: string) => {
    if (!elementIds.has(id)) throw new KnowledgeBaseError(`${where} names element "${id}", which is not in data/taxonomy.json`);
  };
  for (const n of ggeNorms) n.elements.forEach((id) => check(id, `GGE norm ${n.id}`));
  const seen = new Set<number>();
  for (const a of agreements) {
    if (seen.has(a.id)) throw new KnowledgeBaseError(`agreement id ${a.id} is used twice in data/agreements`);
    seen.add(a.id);
    a.coverage.forEach((c) => check(c.element, `agreement ${a.id} (${a.name})`));
    const elements = a.coverage.map((c) => c.element);
    const twice = elements.find((id, i) => elements.indexOf(id) !== i);
    if (twice) throw new KnowledgeBaseError(`agreement ${a.id} (${a.name}) links element ${twice} twice; keep one link with both quotes`);
    checkSources(a);
  }
  return { taxonomy, ggeNorms, agreements: agreements.sort((a, b) => a.id - b.id) };
}

/** Every source can be looked up, and every link says whether its evidence is a quotation or a note. */
function checkSources(a: Agreement): void {
  const where = `agreement ${a.id} (${a.name})`;
  const cite = (source: string, what: string) => {
    const problem = describeSourceProblem(source);
    if (problem) throw new KnowledgeBaseError(`${where}: ${what}: ${problem}`);
  };
  a.factsSources.forEach((s) => cite(s, 'facts source'));
  if (!a.datasetEntry) throw new KnowledgeBaseError(`${where} has no datasetEntry; say when it entered the BPF's dataset and which document says so`);
  cite(a.datasetEntry.source, 'dataset entry source');
  for (const c of a.coverage) {
    const link = `link to ${c.element}`;
    // an unverified link may have no address yet; a sourced one always has one
    if (c.source !== '' || c.status === 'sourced') cite(c.source, link);
    if (c.evidenceKind === undefined) throw new KnowledgeBaseError(`${where}: ${link} has no evidenceKind; say "verbatim" (the source's own words) or "note"`);
    if (c.evidenceKind === 'verbatim' && /^["“][^]*["”]$/.test(c.evidence.trim())) {
      throw new KnowledgeBaseError(`${where}: ${link} is verbatim evidence written with quote marks; store the words alone (they are shown as a quotation)`);
    }
  }
}

function parseOrExplain<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new KnowledgeBaseError(`${where} is not valid: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}
