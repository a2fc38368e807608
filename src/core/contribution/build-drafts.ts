import type { DraftFields } from '../moderation/draft.js';
import type { CatalogMatch, Contributor, ParsedMessage } from './parsed-message.js';

/** What intake stores for one contributed agreement; the store adds id, status and version. */
export interface NewDraft {
  /** position of the agreement in the mail, from 0 */
  index: number;
  fields: DraftFields;
  evidence: Record<string, { snippet: string; confidence: number }>;
  catalogMatch: CatalogMatch | null;
  contributorLabel: string;
}

export const ANONYMOUS_LABEL = 'Anonymous contributor';

/**
 * The name a draft carries when the mail gave the agreement's fields but no name: the draft is still
 * created, so moderators see it, and cannot be approved or merged until a moderator names it.
 */
export const UNNAMED_AGREEMENT = '(unnamed agreement: a moderator must name it)';

/**
 * How a contributor is shown in chat: name and affiliation, never the e-mail address
 * (addresses are kept for replies only). Anonymous contributors get a fixed label.
 */
export function labelContributor(contributor: Contributor): string {
  if (contributor.anonymous) return ANONYMOUS_LABEL;
  const parts = [contributor.name, contributor.affiliation]
    .map((p) => (p ?? '').trim())
    // a label field that holds an address would leak it into chat
    .filter((p) => p.length > 0 && !p.includes('@'));
  return parts.length > 0 ? parts.join(', ') : ANONYMOUS_LABEL;
}

/**
 * One draft per contributed agreement, in the order they appear, an agreement without a name
 * included (named UNNAMED_AGREEMENT); none for other kinds of mail.
 */
export function buildDrafts(parsed: ParsedMessage): NewDraft[] {
  if (parsed.kind !== 'contribution') return [];
  const contributorLabel = labelContributor(parsed.contributor);
  return parsed.agreements
    .map((a, index) => ({
      index,
      fields: {
        name: a.name.trim() || UNNAMED_AGREEMENT,
        launchYear: a.launchYear,
        parties: a.parties,
        signatories: a.signatories,
        maintainer: a.maintainer,
        ggeNorms: a.ggeNorms,
        normElements: a.normElements,
      },
      evidence: Object.fromEntries(
        Object.entries(a.evidence).map(([field, e]) => [field, { snippet: e.snippet, confidence: e.confidence }]),
      ),
      catalogMatch: a.catalogMatch,
      contributorLabel,
    }));
}
