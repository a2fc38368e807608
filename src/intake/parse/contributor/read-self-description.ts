import type { FreeLine } from '../fields/read-questionnaire.js';
import { firstSentence, readDetailParts, splitParts } from './read-detail-parts.js';
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
  if (!stacked) {
    // "Name, title, organisation, city, country. Happy to be named.": the list, part by part, up to the end of its sentence
    const pieces = splitParts(firstSentence(described.join(' '))).filter((p) => !CONTACT.test(p));
    const parts = readDetailParts(pieces.join(', '));
    if (parts.name === null && parts.affiliation === null && parts.country === null) return null;
    return { name: parts.name, affiliation: parts.affiliation, country: parts.country, snippet: pieces.join(', ') };
  }
  const own = described.filter((l) => !CONTACT.test(l));
  if (own.length === 0) return null;
  const name = isPersonName(own[0]!) ? own[0]!.trim() : null;
  const block = readBelow(name, name === null ? own : own.slice(1), []);
  if (block.name === null && block.affiliation === null && block.country === null) return null;
  return { ...block, snippet: own.join('\n') };
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
