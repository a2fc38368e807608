import type { Agreement } from '../catalog/agreement.js';
import { describeDatasetEntry } from '../catalog/dataset-entry.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { buildProfileFigure } from '../charts/build-profile-figure.js';
import type { Block, Reply } from '../reply/reply.js';
import type { NormElement } from '../taxonomy/norm-element.js';
import { elementLabel } from './answer-agreements-for-element.js';
import { curationNote } from './curation-note.js';
import { shortNameOf } from './describe-agreement.js';
import { makeReply } from './make-reply.js';
import { toEvidence } from './to-evidence.js';

/**
 * "What does the Paris Call cover?": the agreement's facts and every element it covers, with
 * evidence. When the question names elements ("does it cover elections?") it answers that first.
 */
export function answerAgreementCoverage(input: {
  catalog: CatalogSnapshot;
  agreement: Agreement;
  askedElements: readonly NormElement[];
  alsoMatched: readonly Agreement[];
}): Reply {
  const { catalog, agreement: a, askedElements } = input;
  const covered = catalog.elements.filter((e) => a.coverage.some((c) => c.element === e.id));
  const blocks: Block[] = [{ type: 'heading', text: a.name }];
  for (const e of askedElements) {
    const yes = covered.includes(e);
    blocks.push({
      type: 'paragraph',
      text: yes
        ? `Yes: ${shortNameOf(a)} covers ${elementLabel(e)}.`
        : `No: the catalog records no coverage of ${elementLabel(e)} by ${shortNameOf(a)}.`,
    });
  }
  blocks.push({ type: 'fields', fields: factsOf(a) });
  blocks.push({ type: 'paragraph', text: `It covers ${covered.length} of the ${catalog.elements.length} norm elements:` });
  blocks.push({
    type: 'list',
    ordered: false,
    items: covered.map((e) => ({
      title: elementLabel(e),
      ref: { id: e.id, name: e.name },
      evidence: a.coverage.filter((c) => c.element === e.id).map((c) => toEvidence(c)),
    })),
  });
  const norms = catalog.ggeNorms.filter((n) => n.elements.some((id) => covered.some((e) => e.id === id)));
  if (norms.length > 0) blocks.push({ type: 'paragraph', text: `UN GGE 2015 norms it reflects, through the elements it covers: ${norms.map((n) => `13(${n.letter}) ${n.title}`).join('; ')}.` });
  if (a.note) blocks.push({ type: 'note', text: `Note: ${a.note}` });
  if (input.alsoMatched.length > 0) {
    blocks.push({ type: 'note', text: `Your question may also mean: ${input.alsoMatched.map((m) => m.name).join('; ')}. Ask about it by name.` });
  }
  blocks.push(curationNote());
  const asked = askedElements.filter((e) => covered.includes(e));
  return makeReply({ intent: 'agreement-coverage', blocks, agreements: [a], norms: [...asked, ...covered], figure: buildProfileFigure({ catalog, agreement: a }) });
}

function factsOf(a: Agreement): Array<{ label: string; value: string; note?: string }> {
  const unverifiedUrl = /unverified/i.test(a.urlNote);
  const fields: Array<{ label: string; value: string; note?: string }> = [
    { label: 'Year', value: a.year === null ? 'unknown' : String(a.year), note: a.dateDetail },
    sayOnce('Parties', a.partiesKinds.join(' + '), a.partiesDetail),
    { label: 'Maintainer', value: a.maintainer },
    sayOnce('Binding', a.binding, a.bindingDetail),
    { label: 'Text', value: a.url === '' ? 'no address recorded' : `${a.url}${unverifiedUrl ? ' (unverified)' : ''}`, note: a.urlNote },
  ];
  if (a.aliases.length > 0) fields.push({ label: 'Also known as', value: a.aliases.join('; ') });
  if (a.factsSources.length > 0) fields.push({ label: 'Facts from', value: a.factsSources.join(' ; ') });
  fields.push({ label: 'In the BPF\'s dataset', value: describeDatasetEntry(a), note: a.datasetEntry ? `source: ${a.datasetEntry.source}` : undefined });
  return fields.map((f) => (f.note === undefined || f.note === '' ? { label: f.label, value: f.value } : f));
}

/**
 * "multistakeholder (multistakeholder (governments, ...))" says it twice: a detail that already
 * names every part of the value ("industry + technical community") is shown instead of it.
 */
function sayOnce(label: string, value: string, detail: string): { label: string; value: string; note?: string } {
  if (detail === '' || detail === value) return { label, value };
  const named = value.split(' + ').every((part) => detail.toLowerCase().includes(part.toLowerCase()));
  return named ? { label, value: detail } : { label, value, note: detail };
}
