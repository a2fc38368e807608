import { createLineMemo, type LineMemo } from './line-memo.js';
import { foldText } from './fold-text.js';

/** "On Mon, 5 Oct 2020, X wrote:", "El lun, ... escribió:", "Le 5 oct. 2020 à 10:00, X a écrit :", and kin. */
const ATTRIBUTION = /^\s*(on|el|le|am|op|il|em)\b.{3,240}\b(wrote|writes|escribio|a ecrit|schrieb|schreef|ha scritto|escreveu)\s*:?\s*$/;
/** cheap test before the attribution pattern, which backtracks over long lines */
const VERB = /(wrote|writes|escribio|ecrit|schrieb|schreef|scritto|escreveu)\s*:?\s*$/;
const ORIGINAL = /^\s*-{2,}\s*(original message|mensaje original|message d'origine|message original|ursprungliche nachricht|messaggio originale)\s*-{2,}\s*$/;
const FORWARD_MARK = /^\s*(-{2,}\s*(forwarded message|message transfere|mensaje reenviado|weitergeleitete nachricht)\s*-{2,}|begin forwarded message:|debut du message reexpedie\s*:)\s*$/;
const HEADER_ANY = /^\s*\**(from|de|von|da|sent|envoye|enviado(?: el)?|date|fecha|gesendet|inviato|to|a|para|an|cc|subject|objet|asunto|betreff|oggetto)\s*:/;
const HEADER_FROM = /^\s*\**(from|de|von|da)\s*:/;
const HEADER_SENT = /^\s*\**(sent|envoye|enviado(?: el)?|date|fecha|gesendet|inviato)\s*:/;
const HEADER_SUBJECT = /^\s*\**(subject|objet|asunto)\s*:/;

const isQuoted = (line: string) => /^\s*>/.test(line);
const unquote = (line: string) => line.replace(/^(\s*>)+\s?/, '');

/**
 * Drops the quoted part of a reply: "> " lines, the attribution line above them, and an Outlook
 * original-message block with everything after it. One exception keeps interleaved answers: a quoted
 * empty label ("> Name of agreement:") directly followed by the contributor's own lines is kept as the label.
 * `isForward`: the message is a forward, so header blocks introduce the contribution and are kept.
 */
export function stripQuotedReply(text: string, isForward = false, memo: LineMemo = createLineMemo()): string {
  const lines = text.split(/\r?\n/);
  const folds = lines.map((l) => foldText(l));
  // index of the first non-blank line at or after each line (-1: none), so look-ahead stays linear
  const nextFilled = new Array<number>(lines.length + 2).fill(-1);
  for (let k = lines.length - 1; k >= 0; k -= 1) nextFilled[k] = lines[k]!.trim() !== '' ? k : nextFilled[k + 1]!;
  const out: string[] = [];
  let forward = isForward;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const folded = folds[i]!;
    const next = lines[i + 1] ?? '';
    const mayAttribute = !isQuoted(line) && (VERB.test(folded) || (VERB.test(folds[i + 1] ?? '') && line.trim() !== '' && !isQuoted(next)));
    if (mayAttribute && (ATTRIBUTION.test(folded) || ATTRIBUTION.test(foldText(`${line} ${next}`)))) {
      const joined = !ATTRIBUTION.test(folded);
      const after = lines[nextFilled[i + (joined ? 2 : 1)] ?? -1];
      if (after === undefined || !isQuoted(after)) break; // the rest is the original message, unquoted
      if (joined) i += 1;
      continue;
    }
    if (FORWARD_MARK.test(folded)) {
      forward = true; // an inline forward: the header block below introduces the contribution
      continue;
    }
    if (!forward && (ORIGINAL.test(folded) || isOutlookHeader(lines, folds, i))) break;
    if (forward && isOutlookHeader(lines, folds, i)) {
      // the forwarded message's own header lines: its "Date:" is no agreement's launch date
      while (i + 1 < lines.length && HEADER_ANY.test(folds[i + 1]!)) i += 1;
      continue;
    }
    if (isQuoted(line)) {
      const inner = unquote(line);
      const label = memo.label(inner);
      const following = lines[nextFilled[i + 1] ?? -1];
      if (label && label.value === '' && following !== undefined && !isQuoted(following) && !memo.label(following)) out.push(inner);
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

/** "From: X" then "Sent:" (or Date/Envoyé/Enviado) within the next lines: Outlook's quoted original. */
function isOutlookHeader(lines: string[], folds: string[], i: number): boolean {
  if (!HEADER_FROM.test(folds[i]!) || /^_{8,}\s*$/.test(lines[i]!)) return false;
  return folds.slice(i + 1, i + 5).some((l) => HEADER_SENT.test(l) || HEADER_SUBJECT.test(l));
}
