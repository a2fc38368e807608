import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Block, Reply } from '../reply/reply.js';
import { curationNote } from './curation-note.js';
import { shortNameOf } from './describe-agreement.js';
import { namedMaintainer } from './find-maintained-agreements.js';
import { makeReply } from './make-reply.js';

/** "Who maintains the Paris Call?", "who signed the Malabo Convention?": the convener, the parties and where these facts come from. */
export function answerWhoIsBehind(catalog: CatalogSnapshot, agreements: readonly Agreement[]): Reply {
  const blocks: Block[] = [];
  for (const a of agreements) {
    blocks.push({ type: 'heading', text: `Who is behind ${a.name}` });
    blocks.push({
      type: 'paragraph',
      text: `${shortNameOf(a)} ${namedMaintainer(a) ? `is maintained or convened by ${a.maintainer}` : `has no maintainer or convener (${a.maintainer})`}. Its parties are ${a.partiesDetail || a.partiesKinds.join(' and ')} (${a.partiesKinds.join(' + ')}).`,
    });
    blocks.push({
      type: 'fields',
      fields: [
        { label: 'Maintainer or convener', value: a.maintainer },
        { label: 'Parties', value: a.partiesKinds.join(' + '), ...(a.partiesDetail ? { note: a.partiesDetail } : {}) },
        { label: 'Year', value: a.year === null ? 'unknown' : String(a.year), ...(a.dateDetail ? { note: a.dateDetail } : {}) },
        { label: 'Binding', value: a.binding },
        { label: 'Facts from', value: a.factsSources.length > 0 ? a.factsSources.join(' ; ') : 'no source recorded (unverified)' },
      ],
    });
  }
  blocks.push({ type: 'paragraph', text: `Ask "what does ${shortNameOf(agreements[0] ?? catalog.agreements[0]!)} cover?" for its norm elements.` });
  blocks.push(curationNote());
  return makeReply({ intent: 'who-is-behind', blocks, agreements, norms: [] });
}
