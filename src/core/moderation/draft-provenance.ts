import type { Provenance } from '../catalog/agreement.js';
import type { Draft } from './draft.js';

/** "contribution:7/draft:12": what answers cite for facts that came from an approved draft. */
export function draftSourceRef(draft: Pick<Draft, 'id' | 'contributionId'>): string {
  return `contribution:${draft.contributionId}/draft:${draft.id}`;
}

export function draftProvenance(draft: Pick<Draft, 'id' | 'contributionId'>, at: string): Provenance {
  return { kind: 'contribution', ref: draftSourceRef(draft), at };
}
