import { z } from 'zod';
import { AgreementSchema, CoverageSchema, type Agreement, type Coverage } from '../../core/catalog/agreement.js';
import { CategorySchema, GgeNormSchema, NormElementSchema, type Category, type GgeNorm, type NormElement } from '../../core/taxonomy/norm-element.js';
import type { SqlValue } from '../database.js';
import { mergeCoverageLinks } from './merge-coverage-links.js';

/** An agreement's own facts; its coverage links are entities of their own. */
export const AgreementFactsSchema = AgreementSchema.omit({ coverage: true });
export type AgreementFacts = z.infer<typeof AgreementFactsSchema>;

/** A coverage link with the agreement it belongs to. */
export type CoverageLink = Coverage & { agreementId: number };

type Row = Record<string, unknown>;

/**
 * How each catalog entity maps to its table. One definition per entity keeps reads, writes, seeding
 * and history consistent: before/after JSON in catalog_history is always `fromRow(row)`.
 */
export interface EntityDefinition<T> {
  entity: string;
  table: string;
  keyColumns: readonly string[];
  key(value: T): SqlValue[];
  /** the entity_id written to catalog_history */
  entityId(value: T): string;
  toRow(value: T): Record<string, SqlValue>;
  fromRow(row: Row): T;
}

const json = (value: unknown) => JSON.stringify(value);
const parseJson = (text: unknown): unknown => (typeof text === 'string' ? JSON.parse(text) : null);

export const categoryEntity: EntityDefinition<Category> = {
  entity: 'category',
  table: 'categories',
  keyColumns: ['id'],
  key: (c) => [c.id],
  entityId: (c) => c.id,
  toRow: (c) => ({ id: c.id, name: c.name, description: c.description }),
  fromRow: (r) => CategorySchema.parse(r),
};

/** position keeps the taxonomy's order; it is part of the row but not of the element. */
export function elementEntity(position: (e: NormElement) => number): EntityDefinition<NormElement> {
  return {
    entity: 'element',
    table: 'norm_elements',
    keyColumns: ['id'],
    key: (e) => [e.id],
    entityId: (e) => e.id,
    toRow: (e) => ({
      id: e.id,
      category_id: e.categoryId,
      seed_label: e.seedLabel,
      name: e.name,
      description: e.description,
      synonyms_json: json(e.synonyms),
      source: e.source,
      position: position(e),
    }),
    fromRow: (r) =>
      NormElementSchema.parse({
        id: r.id,
        categoryId: r.category_id,
        seedLabel: r.seed_label,
        name: r.name,
        description: r.description,
        synonyms: parseJson(r.synonyms_json),
        source: r.source,
      }),
  };
}

export const ggeNormEntity: EntityDefinition<GgeNorm> = {
  entity: 'gge-norm',
  table: 'gge_norms',
  keyColumns: ['id'],
  key: (n) => [n.id],
  entityId: (n) => n.id,
  toRow: (n) => ({
    id: n.id,
    letter: n.letter,
    title: n.title,
    paraphrase: n.paraphrase,
    elements_json: json(n.elements),
    synonyms_json: json(n.synonyms),
    status: n.status,
    source: n.source,
  }),
  fromRow: (r) =>
    GgeNormSchema.parse({
      id: r.id,
      letter: r.letter,
      title: r.title,
      paraphrase: r.paraphrase,
      elements: parseJson(r.elements_json),
      synonyms: parseJson(r.synonyms_json),
      status: r.status,
      source: r.source,
    }),
};

export const agreementEntity: EntityDefinition<AgreementFacts> = {
  entity: 'agreement',
  table: 'agreements',
  keyColumns: ['id'],
  key: (a) => [a.id],
  entityId: (a) => String(a.id),
  toRow: (a) => ({
    id: a.id,
    slug: a.slug,
    name: a.name,
    aliases_json: json(a.aliases),
    year: a.year,
    date_detail: a.dateDetail,
    parties_kinds_json: json(a.partiesKinds),
    parties_detail: a.partiesDetail,
    maintainer: a.maintainer,
    binding: a.binding,
    binding_detail: a.bindingDetail,
    url: a.url,
    url_note: a.urlNote,
    facts_sources_json: json(a.factsSources),
    note: a.note ?? null,
    added_at: a.addedAt,
    dataset_entry_json: a.datasetEntry ? json(a.datasetEntry) : null,
    provenance_json: json(a.provenance),
  }),
  fromRow: (r) => AgreementFactsSchema.parse(agreementFieldsOf(r)),
};

/** An agreement row's fields under the model's names, not yet checked (see AgreementFactsSchema). */
export function agreementFieldsOf(r: Row): Record<string, unknown> {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    aliases: parseJson(r.aliases_json),
    year: r.year,
    dateDetail: r.date_detail,
    partiesKinds: parseJson(r.parties_kinds_json),
    partiesDetail: r.parties_detail,
    maintainer: r.maintainer,
    binding: r.binding,
    bindingDetail: r.binding_detail,
    url: r.url,
    urlNote: r.url_note,
    factsSources: parseJson(r.facts_sources_json),
    ...(r.note === null || r.note === undefined ? {} : { note: r.note }),
    addedAt: r.added_at,
    ...(r.dataset_entry_json ? { datasetEntry: parseJson(r.dataset_entry_json) } : {}),
    provenance: parseJson(r.provenance_json),
  };
}

export const coverageEntity: EntityDefinition<CoverageLink> = {
  entity: 'coverage',
  table: 'coverage',
  keyColumns: ['agreement_id', 'element_id'],
  key: (c) => [c.agreementId, c.element],
  entityId: (c) => `${c.agreementId}:${c.element}`,
  toRow: (c) => ({
    agreement_id: c.agreementId,
    element_id: c.element,
    evidence: c.evidence,
    evidence_kind: c.evidenceKind ?? null,
    locator: c.locator ?? null,
    source: c.source,
    status: c.status,
    provenance_json: c.provenance ? json(c.provenance) : null,
  }),
  fromRow: (r) => ({ agreementId: Number(r.agreement_id), ...CoverageSchema.parse(coverageFieldsOf(r)) }),
};

/** A coverage row's fields under the model's names, not yet checked (see CoverageSchema). */
export function coverageFieldsOf(r: Row): Record<string, unknown> {
  return {
    element: r.element_id,
    evidence: r.evidence,
    ...(r.evidence_kind ? { evidenceKind: r.evidence_kind } : {}),
    ...(r.locator ? { locator: r.locator } : {}),
    source: r.source,
    status: r.status,
    ...(r.provenance_json ? { provenance: parseJson(r.provenance_json) } : {}),
  };
}

/** Splits an agreement into its facts and its coverage links, one link per element. */
export function splitAgreement(agreement: Agreement): { facts: AgreementFacts; links: CoverageLink[] } {
  const { coverage, ...facts } = agreement;
  return { facts, links: mergeCoverageLinks(coverage.map((c) => ({ agreementId: agreement.id, ...c }))) };
}
