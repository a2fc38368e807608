import type { FreeLine } from '../fields/read-questionnaire.js';
import { CONTACT, isClosing, isPersonName, readBelow, type SignatureBlock } from './read-signature-block.js';

/**
 * The sender's answer to the call's "About you" in their own words, under an "About you", "About me",
 * "À propos de moi", "Sobre mí" or "Zu meiner Person" heading with no "Name:" / "Affiliation:" labels:
 * "Name, role, organisation, city, country" on one line (hard-wrapped or not), or the name alone on
 * its line and the role, organisation and country on the lines below it, as a signature has them.
 * Null when no such lines are there or they give nothing.
 */
export function readSelfDescription(lines: readonly FreeLine[]): SignatureBlock | null {
  const described = describingLines(lines);
  if (described.length === 0) return null;
  // the name alone on the first line: one detail a line, as in a signature
  const stacked = described.length > 1 && isPersonName(described[0]!);
  // contact details are dropped: an address or a phone number is no affiliation, and the snippet is shown to moderators
  const own = stacked ? described.filter((l) => !CONTACT.test(l)) : described;
  const pieces = (stacked ? own : own.join(' ').replace(/\.\s*$/, '').split(/\s*[,;]\s+/)).filter((p) => !CONTACT.test(p));
  if (pieces.length === 0) return null;
  const name = isPersonName(pieces[0]!) ? pieces[0]!.trim() : null;
  const block = readBelow(name, name === null ? pieces : pieces.slice(1), []);
  if (block.name === null && block.affiliation === null && block.country === null) return null;
  return { ...block, snippet: stacked ? own.join('\n') : pieces.join(', ') };
}

/** The first run of lines under the heading: its paragraph (or the next one, when the heading stands alone), up to a closing. */
function describingLines(lines: readonly FreeLine[]): string[] {
  const start = lines.findIndex((l) => l.about);
  if (start < 0) return [];
  const out: string[] = [];
  for (const line of lines.slice(start)) {
    if (!line.about || isClosing(line.text) || (out.length > 0 && line.opensBlock)) break;
    out.push(line.text.trim());
  }
  return out;
}
