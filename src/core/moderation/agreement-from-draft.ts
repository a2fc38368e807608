import type { Agreement, Coverage } from '../catalog/agreement.js';
import { ElementIdSchema } from '../taxonomy/norm-element.js';
import type { Draft } from './draft.js';
import { draftProvenance, draftSourceRef } from './draft-provenance.js';
import { inferPartiesKinds } from './infer-parties-kinds.js';
import { redactEmails } from './redact-emails.js';

/** Norm elements suggested in a draft, as coverage links a moderator still has to confirm. */
export function coverageFromDraft(draft: Draft, at: string): Coverage[] {
  const seen = new Set<string>();
  const links: Coverage[] = [];
  for (const s of draft.fields.normElements) {
    if (!ElementIdSchema.safeParse(s.id).success || seen.has(s.id)) continue;
    seen.add(s.id);
    links.push({
      element: s.id,
      evidence: redactEmails(s.sentence || `suggested by the contributor (${s.name})`),
      // the contributor's words about the agreement, not a quotation of its text
      evidenceKind: 'note',
      source: draftSourceRef(draft),
      status: 'unverified',
      provenance: draftProvenance(draft, at),
    });
  }
  return links;
}

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug === '' ? 'contributed-agreement' : slug;
}

/** The catalog entry an approved draft becomes; the store assigns the id. */
export function agreementFromDraft(draft: Draft, at: string): Omit<Agreement, 'id'> {
  // the catalog is shown to every member: no e-mail address from a contribution goes in
  const f = redactDraftFields(draft.fields);
  const ref = draftSourceRef(draft);
  const signatories = f.signatories.length > 0 ? ` (signatories: ${f.signatories.join(', ')})` : '';
  return {
    slug: slugify(f.name),
    name: f.name,
    aliases: [],
    year: f.launchYear,
    dateDetail: f.launchYear === null ? 'launch date not given by the contributor' : `${f.launchYear}, as given by the contributor`,
    partiesKinds: inferPartiesKinds(f.parties, f.signatories),
    partiesDetail: `${f.parties ?? 'parties not given'}${signatories}`,
    maintainer: f.maintainer ?? '',
    binding: 'unknown',
    bindingDetail: 'not stated in the contribution',
    url: '',
    urlNote: 'no address given in the contribution',
    factsSources: [ref],
    note: `Contributed through the BPF call for contributions (${ref}); facts as given by the contributor.`,
    coverage: coverageFromDraft(draft, at),
    addedAt: at.slice(0, 10),
    provenance: draftProvenance(draft, at),
  };
}

/** The draft's fields with every e-mail address blanked, for anything members will read. */
export function redactDraftFields(fields: Draft['fields']): Draft['fields'] {
  const r = (v: string | null) => (v === null ? null : redactEmails(v));
  return {
    ...fields,
    name: redactEmails(fields.name),
    parties: r(fields.parties),
    maintainer: r(fields.maintainer),
    signatories: fields.signatories.map(redactEmails),
  };
}
