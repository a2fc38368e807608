import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import { findAgreementSpans } from '../../core/text/find-agreements.js';
import { tokenize } from '../../core/text/normalize-text.js';
import type { AgreementField, RawAgreement } from './fields/read-questionnaire.js';

/** The fields a "Signatory? / Endorsed? / Joined?" label is read as when it asks about the sender. */
const ENDORSEMENT_FIELDS = new Set<AgreementField>(['agreement.signatories', 'agreement.parties']);
/** An answer to a yes/no question, English, French, Spanish: the sender speaks of itself. */
const YES_NO = new Set(['yes', 'no', 'oui', 'non', 'si', 'yep', 'nope']);
/** A catalog name read in an answer below this is a coincidence of words (as for prose). */
const CATALOG_SCORE = 0.75;

/**
 * Sorts the sender's own endorsements out of the agreement blocks: a block with no name and nothing
 * but a signatory or party answer ("(1) Signatory? Yes - our agency joined the Paris Call") is an
 * answer about the sender, not a new agreement, when it names a catalog agreement or opens with
 * yes or no. Those answers are returned as text for question 1 (where a catalog name is recorded as
 * a mention of that agreement); every other block stays a draft, a nameless one included.
 */
export function splitEndorsements(agreements: readonly RawAgreement[], catalog: CatalogSnapshot): { agreements: RawAgreement[]; endorsements: string[] } {
  const kept: RawAgreement[] = [];
  const endorsements: string[] = [];
  for (const a of agreements) {
    const fields = Object.entries(a) as Array<[AgreementField, NonNullable<RawAgreement[AgreementField]>]>;
    const answer = fields.map(([, f]) => f.value.trim()).join(' ');
    const onlyEndorsement = !a['agreement.name']?.value.trim() && fields.every(([k, f]) => ENDORSEMENT_FIELDS.has(k) || f.value.trim() === '');
    // "Signatory? Yes - we joined X" is read as label "Signatory? Yes": the yes may be in the label's line
    const opens = () => fields.some(([, f]) => [tokenize(f.value)[0], tokenize(f.snippet.split('\n')[0]!.split('?')[1] ?? '')[0]].some((t) => YES_NO.has(t ?? '')));
    if (onlyEndorsement && (opens() || findAgreementSpans(answer, catalog, CATALOG_SCORE).length > 0)) endorsements.push(answer);
    else kept.push(a);
  }
  return { agreements: kept, endorsements };
}
