import type { Block } from '../reply/reply.js';

/** Said under every answer that rests on coverage links: they are an interpretation, not the BPF's matrix. */
export function curationNote(): Block {
  return {
    type: 'note',
    text:
      'Coverage is curated: which agreement covers which norm element is normbot\'s reading of public texts, not the BPF\'s published matrix, ' +
      'and moderators can correct it. Links marked (unverified) were believed but not read at their source. Counts are computed from the catalog.',
  };
}
