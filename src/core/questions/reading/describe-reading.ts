import type { NormElement } from '../../taxonomy/norm-element.js';
import type { Reply } from '../../reply/reply.js';
import { shortNameOf } from '../describe-agreement.js';
import type { ReadQuestion } from '../read-question.js';
import { withParagraphUnderHeading } from '../make-reply.js';

/**
 * "Read as: human rights, multistakeholder, excluding state-only": how the question was understood,
 * part by part, so a member can see a misreading and ask again. Empty when nothing was read.
 */
export function describeReading(rq: ReadQuestion): string {
  const f = rq.filters;
  const parts = [
    rq.picks?.label,
    ...rq.agreements.map((m) => shortNameOf(m.agreement)),
    ...rq.ggeLetters.map((l) => `UN GGE 2015 norm 13(${l})`),
    // a topic only a GGE norm has ("attribution", 13(b))
    ...(rq.ggeLetters.length === 0 && rq.topics.length === 0 ? rq.ggeNorms.filter((m) => m.score >= 0.85).map((m) => `UN GGE 2015 norm 13(${m.norm.letter})`) : []),
    ...rq.elements.filter((m) => m.matched === m.element.id).map((m) => `${m.element.id} ${nameOf(m.element)}`),
    ...rq.topics.filter((t) => t.polarity === 'include').map((t) => t.elements.map(nameOf).join(' or ')),
    ...(rq.category ? [`category ${rq.category.id} (${rq.category.name.toLowerCase()})`] : []),
    ...rq.topics.filter((t) => t.polarity === 'exclude').map((t) => `excluding ${t.elements.map(nameOf).join(' or ')}`),
    ...(rq.excludedCategory ? [`excluding every element of category ${rq.excludedCategory.id} (${rq.excludedCategory.name.toLowerCase()})`] : []),
    f.maintainer && (f.maintainer.exclude ? `not ${f.maintainer.label}` : f.maintainer.label),
    ...(f.parties ?? []).map((p) => p.label),
    f.binding?.label,
    f.years?.label,
    f.addedSince?.label,
    f.within?.label,
    ...rq.unknownNames.map((u) => `"${u.name}" (not in the catalog)`),
    rq.unknownConvener && `by "${rq.unknownConvener}" (not in the catalog)`,
  ].filter((p): p is string => typeof p === 'string' && p !== '');
  if (parts.length === 0) return '';
  const head = rq.followUp ? `Read as a follow-up to "${rq.followUp.previousQuestion.trim().slice(0, 80)}"` : 'Read as';
  return `${head}: ${[...new Set(parts)].join(', ')}.`;
}

/** The reply with the reading said right under its heading. */
export function withReading(reply: Reply, reading: string): Reply {
  return withParagraphUnderHeading(reply, reading);
}

function nameOf(e: NormElement): string {
  return /^[A-Z][a-z]/.test(e.name) ? `${e.name[0]?.toLowerCase()}${e.name.slice(1)}` : e.name;
}
