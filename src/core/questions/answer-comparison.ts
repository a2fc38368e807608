import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { buildCompareFigure } from '../charts/build-compare-figure.js';
import type { Block, Reply } from '../reply/reply.js';
import { elementLabel } from './answer-agreements-for-element.js';
import { curationNote } from './curation-note.js';
import { describeAgreement, shortNameOf } from './describe-agreement.js';
import { makeReply } from './make-reply.js';
import { toEvidence } from './to-evidence.js';

/** Side-by-side columns stay readable up to this many agreements. */
export const MAX_COMPARED = 5;

/** "Compare A and B": element x agreement table, then shared and unique elements, with evidence. */
export function answerComparison(catalog: CatalogSnapshot, agreements: readonly Agreement[]): Reply {
  const compared = agreements.slice(0, MAX_COMPARED);
  const covers = (a: Agreement, id: string) => a.coverage.some((c) => c.element === id);
  const elements = catalog.elements.filter((e) => compared.some((a) => covers(a, e.id)));
  const shared = elements.filter((e) => compared.every((a) => covers(a, e.id)));
  const blocks: Block[] = [
    { type: 'heading', text: `Comparing ${compared.map(shortNameOf).join(' / ')}` },
    {
      type: 'list',
      ordered: false,
      items: compared.map((a) => ({ title: a.name, ref: { id: String(a.id), name: a.name }, detail: `${describeAgreement(a)}; covers ${new Set(a.coverage.map((c) => c.element)).size} elements` })),
    },
    {
      type: 'table',
      columns: ['Element', ...compared.map(shortNameOf)],
      rows: elements.map((e) => [elementLabel(e), ...compared.map((a) => (covers(a, e.id) ? 'yes' : '-'))]),
    },
    { type: 'paragraph', text: shared.length > 0 ? `Shared by all: ${shared.map(elementLabel).join('; ')}.` : 'They share no norm element.' },
  ];
  for (const a of compared) {
    const only = elements.filter((e) => covers(a, e.id) && compared.every((o) => o === a || !covers(o, e.id)));
    blocks.push({
      type: 'paragraph',
      text: only.length > 0 ? `Only ${shortNameOf(a)}: ${only.map(elementLabel).join('; ')}.` : `${shortNameOf(a)} covers nothing the others do not.`,
    });
  }
  blocks.push({ type: 'heading', text: 'Evidence' });
  blocks.push({
    type: 'list',
    ordered: false,
    items: compared.map((a) => ({
      title: shortNameOf(a),
      evidence: a.coverage.map((c) => {
        // the element the evidence is for goes before it, outside the quotation marks
        const e = toEvidence(c, 120);
        return { ...e, locator: e.locator ? `${c.element}, ${e.locator}` : c.element };
      }),
    })),
  });
  if (agreements.length > MAX_COMPARED) blocks.push({ type: 'note', text: `Only the first ${MAX_COMPARED} agreements named are compared.` });
  blocks.push(curationNote());
  // the picture holds two or three columns readably; the table above holds up to MAX_COMPARED
  const figure = compared.length <= 3 ? buildCompareFigure({ catalog, agreements: compared }) : undefined;
  return makeReply({ intent: 'compare-agreements', blocks, agreements: compared, norms: elements, figure });
}
