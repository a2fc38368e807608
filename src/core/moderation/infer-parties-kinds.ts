import type { PartiesKind } from '../catalog/agreement.js';
import { normalizeText } from '../text/normalize-text.js';

const CLUES: ReadonlyArray<[PartiesKind, RegExp]> = [
  ['states', /\b(states?|governments?|countries|nations?|member states|ministers?)\b/],
  ['regional organisation', /\b(union|community|organi[sz]ation of|asean|oas|osce|au|ecowas|sco|league|council of europe)\b/],
  ['industry', /\b(compan(y|ies)|industry|vendors?|firms?|corporations?|private sector|businesses|(service )?providers?|platforms?|tech(nology)? sector)\b/],
  ['technical community', /\b(technical|cert|csirts?|operators?|engineers?|ietf|first)\b/],
  ['multistakeholder', /\b(multi ?stakeholder|civil society|academia|ngos?)\b/],
];

/**
 * The catalog needs at least one kind of party; contributors write free text ("EU member states
 * and companies"). Read what the words say; when they say nothing recognisable, multistakeholder
 * is the least wrong label for a community-contributed agreement, and the moderator can fix it.
 */
export function inferPartiesKinds(parties: string | null, signatories: readonly string[]): PartiesKind[] {
  const text = normalizeText([parties ?? '', ...signatories].join(' '));
  const kinds = CLUES.filter(([, re]) => re.test(text)).map(([kind]) => kind);
  return kinds.length > 0 ? kinds : ['multistakeholder'];
}
