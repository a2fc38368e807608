import v8 from 'node:v8';
import { BindingSchema, LinkStatusSchema, ProvenanceSchema, type Agreement, type Binding, type Coverage, type LinkStatus, type PartiesKind, type Provenance } from '../../core/catalog/agreement.js';
import { buildCatalogSnapshot, type CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Category, GgeNorm, NormElement } from '../../core/taxonomy/norm-element.js';
import { offsetsOf } from '../../core/text/build-agreement-name-index.js';
import { packCatalogTextIndex, unpackCatalogTextIndex, type PackedCatalogTextIndex } from '../../core/text/pack-catalog-text-index.js';
import { adoptCatalogTextIndex, getCatalogTextIndex } from '../../core/text/catalog-text-index.js';
import type { Database } from '../database.js';
import { readCatalog } from './read-catalog.js';

/** Stands for a coverage link's evidence and source in a lean catalog: read them before showing them. */
export const NOT_READ = '\u0000not read';

const CACHE_NAME = 'lean-catalog';
/** bump when the payload's shape changes */
const FORMAT = 8;

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
 * Puts the evidence and source of each agreement's links as read (readCoverage) into the links of
 * the lean catalog, in place: the catalog stays the same object, so its text index and what a
 * first answer derived from it serve the next. False, and nothing changed, when an agreement's
 * links are no longer those of the lean catalog (the catalog changed since it was read).
 */
export function fillQuotes(lean: CatalogSnapshot, read: ReadonlyMap<number, readonly Coverage[]>): boolean {
  const pairs = [...read].map(([id, coverage]) => ({ coverage, links: lean.agreementById.get(id)?.coverage }));
  const same = (a: Coverage, b: Coverage) => a.element === b.element && a.status === b.status && a.evidenceKind === b.evidenceKind && a.locator === b.locator;
  if (!pairs.every(({ coverage, links }) => links?.length === coverage.length && links.every((l, i) => same(l, coverage[i]!)))) return false;
  for (const { coverage, links } of pairs) links!.forEach((l, i) => Object.assign(l, { evidence: coverage[i]!.evidence, source: coverage[i]!.source }));
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
 * The agreements column by column, every string once: a column holds positions in `strings`, so the
 * values many agreements share (kinds, dates, provenance, notes on addresses) are read back as one
 * string, and ten thousand agreements are a few typed arrays rather than two hundred thousand
 * strings and arrays to deserialise (lists are offsets into positions, enums are numbers). Every
 * field of Agreement must be here (optional ones too, which the compiler cannot check): unpack
 * builds the objects with each of them.
 */
interface PackedAgreements {
  strings: string[];
  ids: Int32Array;
  slugs: Int32Array;
  names: Int32Array;
  aliases: PackedLists;
  /** 0 for none */
  years: Int16Array;
  dateDetails: Int32Array;
  partiesKinds: PackedLists;
  partiesDetails: Int32Array;
  maintainers: Int32Array;
  bindings: Uint8Array;
  bindingDetails: Int32Array;
  urls: Int32Array;
  urlNotes: Int32Array;
  factsSources: PackedLists;
  /** -1 for none */
  notes: Int32Array;
  addedAts: Int32Array;
  datasetEntries: Array<Agreement['datasetEntry'] | null>;
  provenanceKinds: Uint8Array;
  provenanceRefs: Int32Array;
  provenanceAts: Int32Array;
}

/** Agreement k's list is positions[offsets[k]] .. positions[offsets[k + 1] - 1]. */
interface PackedLists {
  offsets: Int32Array;
  positions: Int32Array;
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
  const strings: string[] = [];
  const positionOf = new Map<string, number>();
  const at = (value: string) => {
    let i = positionOf.get(value);
    if (i === undefined) positionOf.set(value, (i = strings.push(value) - 1));
    return i;
  };
  const column = (f: (a: Agreement) => string) => Int32Array.from(agreements, (a) => at(f(a)));
  const lists = (f: (a: Agreement) => readonly string[]): PackedLists => {
    const values = agreements.map(f);
    return { offsets: offsetsOf(values), positions: Int32Array.from(values.flat(), at) };
  };
  return {
    coverage,
    agreements: {
      strings,
      ids: Int32Array.from(agreements, (a) => a.id),
      slugs: column((a) => a.slug),
      names: column((a) => a.name),
      aliases: lists((a) => a.aliases),
      years: Int16Array.from(agreements, (a) => a.year ?? 0),
      dateDetails: column((a) => a.dateDetail),
      partiesKinds: lists((a) => a.partiesKinds),
      partiesDetails: column((a) => a.partiesDetail),
      maintainers: column((a) => a.maintainer),
      bindings: Uint8Array.from(agreements, (a) => BINDINGS.indexOf(a.binding)),
      bindingDetails: column((a) => a.bindingDetail),
      urls: column((a) => a.url),
      urlNotes: column((a) => a.urlNote),
      factsSources: lists((a) => a.factsSources),
      notes: Int32Array.from(agreements, (a) => (a.note === undefined ? -1 : at(a.note))),
      addedAts: column((a) => a.addedAt),
      datasetEntries: agreements.map((a) => a.datasetEntry ?? null),
      provenanceKinds: Uint8Array.from(agreements, (a) => PROVENANCE_KINDS.indexOf(a.provenance.kind)),
      provenanceRefs: column((a) => a.provenance.ref),
      provenanceAts: column((a) => a.provenance.at),
    },
  };
}

function unpack(p: PackedAgreements, coverage: PackedCoverage, elements: readonly NormElement[]): Agreement[] {
  const text = (column: Int32Array, k: number) => p.strings[column[k]!]!;
  const list = (l: PackedLists, k: number) => {
    const values: string[] = [];
    for (let i = l.offsets[k]!; i < l.offsets[k + 1]!; i++) values.push(p.strings[l.positions[i]!]!);
    return values;
  };
  return Array.from(p.ids, (id, k): Agreement => {
    const links: Coverage[] = [];
    for (let i = coverage.offsets[k]!; i < coverage.offsets[k + 1]!; i++) {
      const link: Coverage = { element: elements[coverage.elements[i]!]!.id, evidence: NOT_READ, source: NOT_READ, status: STATUSES[coverage.statuses[i]!]! };
      const extra = coverage.extras.get(i);
      links.push(extra ? { ...link, ...extra } : link);
    }
    const note = p.notes[k]!;
    const datasetEntry = p.datasetEntries[k];
    return {
      id,
      slug: text(p.slugs, k),
      name: text(p.names, k),
      aliases: list(p.aliases, k),
      year: p.years[k] || null,
      dateDetail: text(p.dateDetails, k),
      partiesKinds: list(p.partiesKinds, k) as PartiesKind[],
      partiesDetail: text(p.partiesDetails, k),
      maintainer: text(p.maintainers, k),
      binding: BINDINGS[p.bindings[k]!]!,
      bindingDetail: text(p.bindingDetails, k),
      url: text(p.urls, k),
      urlNote: text(p.urlNotes, k),
      factsSources: list(p.factsSources, k),
      ...(note === -1 ? {} : { note: p.strings[note]! }),
      addedAt: text(p.addedAts, k),
      ...(datasetEntry ? { datasetEntry } : {}),
      provenance: { kind: PROVENANCE_KINDS[p.provenanceKinds[k]!]!, ref: text(p.provenanceRefs, k), at: text(p.provenanceAts, k) },
      coverage: links,
    };
  });
}
