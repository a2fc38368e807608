import type { Agreement } from '../catalog/agreement.js';

/** Who changed the catalog and on what authority; written to the catalog history. */
export interface CatalogChange {
  /** "slack:U123", "terminal:alice" */
  actor: string;
  at: string;
  /** "contribution:<id>/draft:<id>" */
  source: string;
  /** 'approve-draft', 'merge-draft' */
  action: string;
}

/** The catalog writes moderation needs; the store runs them in the decision's transaction. */
export interface CatalogWriter {
  getAgreement(agreementId: number): Promise<Agreement | null>;
  /** whether the taxonomy has this norm element id (parsers can suggest ids it lacks) */
  hasElement(elementId: string): Promise<boolean>;
  /** inserts a new agreement; the store assigns the id and makes the slug unique */
  addAgreement(agreement: Omit<Agreement, 'id'>, change: CatalogChange): Promise<Agreement>;
  /** replaces an agreement with an updated version of itself (coverage included) */
  updateAgreement(agreement: Agreement, change: CatalogChange): Promise<Agreement>;
  /** takes an agreement (and its coverage) out of the catalog; the history keeps what it was */
  removeAgreement(agreementId: number, change: CatalogChange): Promise<boolean>;
}
