import v8 from 'node:v8';
import { BindingSchema, LinkStatusSchema, ProvenanceSchema, type Agreement, type Binding, type Coverage, type LinkStatus, type PartiesKind, type Provenance } from '../../core/catalog/agreement.js';
import { buildCatalogSnapshot, type CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Category, GgeNorm, NormElement } from '../../core/taxonomy/norm-element.js';
import { packCatalogTextIndex, unpackCatalogTextIndex, type PackedCatalogTextIndex } from '../../core/text/pack-catalog-text-index.js';
import { adoptCatalogTextIndex, getCatalogTextIndex } from '../../core/text/catalog-text-index.js';
import type { Database } from '../database.js';
import { readCatalog } from './read-catalog.js';

/** Stands for a coverage link's evidence and source in a lean catalog: read them before showing them. */
export const NOT_READ = '\u0000not read';

const CACHE_NAME = 'lean-catalog';
/** bump when the payload's shape changes */
const FORMAT = 7;

interface Payload {
  format: number;
  agreements: PackedAgreements;
  coverage: PackedCoverage;
  categories: readonly Category[];
  elements: readonly NormElement[];
  ggeNorms: readonly GgeNorm[];
  asOf: string | null;
  text: PackedCatalogTextIndex;
}

/**
 * The catalog without its evidence quotes, with its text index ready: what a short-lived
 * process needs to answer a question. Kept in the catalog_cache table with the catalog version it
 * was made from, and made again (then kept) when the catalog changed since. The payload is the
 * store's own serialisation of a catalog it parsed, so it is not parsed again; one that cannot be
 * read is made again.
 */
export async function loadLeanCatalog(db: Database): Promise<CatalogSnapshot> {
  const version = await catalogVersion(db);
  const row = await db.get<{ catalog_version: string; payload: Buffer }>('SELECT catalog_version, payload FROM catalog_cache WHERE name = ?', [CACHE_NAME]);
  if (row?.catalog_version === version) {
    const cached = fromPayload(row.payload);
    if (cached) return cached;
  }
  const { snapshot, readVersion } = await db.transaction(async (tx) => ({ snapshot: await readCatalog(tx, { withoutQuotes: NOT_READ }), readVersion: await catalogVersion(tx) }));
  const { categories, elements, ggeNorms } = snapshot;
  const payload: Payload = { format: FORMAT, ...pack(snapshot.agreements, elements), categories, elements, ggeNorms, asOf: snapshot.asOf ?? null, text: packCatalogTextIndex(getCatalogTextIndex(snapshot)) };
  await db.transaction((tx) =>
    tx.run('INSERT OR REPLACE INTO catalog_cache (name, catalog_version, written_at, payload) VALUES (?, ?, ?, ?)', [CACHE_NAME, readVersion, new Date().toISOString(), v8.serialize(payload)]),
  );
  return snapshot;
}

/**
 * Puts the evidence and source of `whole` (agreements read with their quotes) into the links of
 * the lean catalog, in place: the catalog stays the same object, so its text index and what a
 * first answer derived from it serve the next. False, and nothing changed, when an agreement's
 * links are no longer those of the lean catalog (the catalog changed since it was read).
 */
export function fillQuotes(lean: CatalogSnapshot, whole: readonly Agreement[]): boolean {
  const pairs = whole.map((w) => ({ w, links: lean.agreementById.get(w.id)?.coverage }));
  const same = (a: Coverage, b: Coverage) => a.element === b.element && a.status === b.status && a.evidenceKind === b.evidenceKind && a.locator === b.locator;
  if (!pairs.every(({ w, links }) => links?.length === w.coverage.length && links.every((l, i) => same(l, w.coverage[i]!)))) return false;
  for (const { w, links } of pairs) links!.forEach((l, i) => Object.assign(l, { evidence: w.coverage[i]!.evidence, source: w.coverage[i]!.source }));
  return true;
}

/** Changes with every catalog write (each appends to catalog_history), a new seed, or rows added in bulk. */
async function catalogVersion(db: Database): Promise<string> {
  const row = await db.get<{ seed: string | null; last: number | null; agreements: number; links: number }>(
    `SELECT (SELECT content_hash FROM seed_state WHERE name = 'catalog') AS seed, (SELECT MAX(id) FROM catalog_history) AS last,
            (SELECT count(*) FROM agreements) AS agreements, (SELECT count(*) FROM coverage) AS links`,
  );
  return [FORMAT, row?.seed, row?.last, row?.agreements, row?.links].join(':');
}

function fromPayload(buffer: Buffer): CatalogSnapshot | null {
  let payload: Payload;
  try {
    payload = v8.deserialize(buffer) as Payload;
  } catch {
    return null;
  }
  if (payload?.format !== FORMAT) return null;
  const { categories, elements, ggeNorms, asOf } = payload;
  const snapshot = buildCatalogSnapshot({ categories, elements, ggeNorms, ...(asOf ? { asOf } : {}), agreements: unpack(payload.agreements, payload.coverage, elements) });
  adoptCatalogTextIndex(snapshot, unpackCatalogTextIndex(payload.text));
  return snapshot;
}

/**
 * The agreements column by column: a few arrays of strings and numbers read back several times
 * faster than ten thousand objects or arrays (lists are joined into one string, enums are numbers).
 * Every field of Agreement must be here (optional ones too, which the compiler cannot check): unpack
 * builds the objects with each of them.
 */
interface PackedAgreements {
  ids: Int32Array;
  slugs: string[];
  names: string[];
  aliases: string[];
  /** 0 for none */
  years: Int16Array;
  dateDetails: string[];
  partiesKinds: string[];
  partiesDetails: string[];
  maintainers: string[];
  bindings: Uint8Array;
  bindingDetails: string[];
  urls: string[];
  urlNotes: string[];
  factsSources: string[];
  notes: Array<string | null>;
  addedAts: string[];
  datasetEntries: Array<Agreement['datasetEntry'] | null>;
  provenanceKinds: Uint8Array;
  provenanceRefs: string[];
  provenanceAts: string[];
}

/** Every coverage link as numbers: agreement k's links are offsets[k] .. offsets[k + 1]. */
interface PackedCoverage {
  offsets: Int32Array;
  /** position of the element in the taxonomy */
  elements: Uint16Array;
  statuses: Uint8Array;
  /** link number -> the optional fields a link has (provenance, evidence kind, locator), for those that have any */
  extras: Map<number, Pick<Coverage, 'provenance' | 'evidenceKind' | 'locator'>>;
}

const STATUSES: readonly LinkStatus[] = LinkStatusSchema.options;
const BINDINGS: readonly Binding[] = BindingSchema.options;
const PROVENANCE_KINDS: readonly Provenance['kind'][] = ProvenanceSchema.shape.kind.options;
/** joins list fields: never in names, addresses or kinds */
const SEP = '\u0001';

function pack(agreements: readonly Agreement[], elements: readonly NormElement[]): { agreements: PackedAgreements; coverage: PackedCoverage } {
  const position = new Map(elements.map((e, i) => [e.id, i]));
  const links = agreements.flatMap((a) => a.coverage);
  let total = 0;
  const coverage: PackedCoverage = {
    offsets: Int32Array.from({ length: agreements.length + 1 }, (_, k) => (k === 0 ? 0 : (total += agreements[k - 1]!.coverage.length))),
    elements: Uint16Array.from(links, (c) => position.get(c.element)!),
    statuses: Uint8Array.from(links, (c) => STATUSES.indexOf(c.status)),
    extras: new Map(links.flatMap((c, i) => {
      const extra = { ...(c.provenance ? { provenance: c.provenance } : {}), ...(c.evidenceKind ? { evidenceKind: c.evidenceKind } : {}), ...(c.locator ? { locator: c.locator } : {}) };
      return Object.keys(extra).length > 0 ? [[i, extra] as const] : [];
    })),
  };
  const column = <T>(f: (a: Agreement) => T) => agreements.map(f);
  return {
    coverage,
    agreements: {
      ids: Int32Array.from(agreements, (a) => a.id),
      slugs: column((a) => a.slug),
      names: column((a) => a.name),
      aliases: column((a) => a.aliases.join(SEP)),
      years: Int16Array.from(agreements, (a) => a.year ?? 0),
      dateDetails: column((a) => a.dateDetail),
      partiesKinds: column((a) => a.partiesKinds.join(SEP)),
      partiesDetails: column((a) => a.partiesDetail),
      maintainers: column((a) => a.maintainer),
      bindings: Uint8Array.from(agreements, (a) => BINDINGS.indexOf(a.binding)),
      bindingDetails: column((a) => a.bindingDetail),
      urls: column((a) => a.url),
      urlNotes: column((a) => a.urlNote),
      factsSources: column((a) => a.factsSources.join(SEP)),
      notes: column((a) => a.note ?? null),
      addedAts: column((a) => a.addedAt),
      datasetEntries: column((a) => a.datasetEntry ?? null),
      provenanceKinds: Uint8Array.from(agreements, (a) => PROVENANCE_KINDS.indexOf(a.provenance.kind)),
      provenanceRefs: column((a) => a.provenance.ref),
      provenanceAts: column((a) => a.provenance.at),
    },
  };
}

function unpack(p: PackedAgreements, coverage: PackedCoverage, elements: readonly NormElement[]): Agreement[] {
  const list = (joined: string) => (joined === '' ? [] : joined.split(SEP));
  return Array.from(p.ids, (id, k): Agreement => {
    const links: Coverage[] = [];
    for (let i = coverage.offsets[k]!; i < coverage.offsets[k + 1]!; i++) {
      const link: Coverage = { element: elements[coverage.elements[i]!]!.id, evidence: NOT_READ, source: NOT_READ, status: STATUSES[coverage.statuses[i]!]! };
      const extra = coverage.extras.get(i);
      links.push(extra ? { ...link, ...extra } : link);
    }
    const note = p.notes[k];
    const datasetEntry = p.datasetEntries[k];
    return {
      id,
      slug: p.slugs[k]!,
      name: p.names[k]!,
      aliases: list(p.aliases[k]!),
      year: p.years[k] || null,
      dateDetail: p.dateDetails[k]!,
      partiesKinds: list(p.partiesKinds[k]!) as PartiesKind[],
      partiesDetail: p.partiesDetails[k]!,
      maintainer: p.maintainers[k]!,
      binding: BINDINGS[p.bindings[k]!]!,
      bindingDetail: p.bindingDetails[k]!,
      url: p.urls[k]!,
      urlNote: p.urlNotes[k]!,
      factsSources: list(p.factsSources[k]!),
      ...(note === null || note === undefined ? {} : { note }),
      addedAt: p.addedAts[k]!,
      ...(datasetEntry ? { datasetEntry } : {}),
      provenance: { kind: PROVENANCE_KINDS[p.provenanceKinds[k]!]!, ref: p.provenanceRefs[k]!, at: p.provenanceAts[k]! },
      coverage: links,
    };
  });
}
