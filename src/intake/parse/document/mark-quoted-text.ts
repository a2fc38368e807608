import { foldText } from '../fold-text.js';
import type { DocumentBlock } from './document-block.js';

type Paragraph = Extract<DocumentBlock, { kind: 'paragraph' }>;
type Intro = 'reply' | 'forward';

/** "On Mon, 5 Oct 2020, X wrote:", "El lun, ... escribió:", "Le 5 oct. 2020 à 10:00, X a écrit :", and kin. */
const ATTRIBUTION = /^\s*(on|el|le|am|op|il|em)\b.{3,240}\b(wrote|writes|escribio|a ecrit|schrieb|schreef|ha scritto|escreveu)\s*:?\s*$/;
/** cheap test before the attribution pattern, which backtracks over long lines: the line ends with its verb (and a colon) */
const VERBS = ['wrote', 'writes', 'escribio', 'ecrit', 'schrieb', 'schreef', 'scritto', 'escreveu'];
function endsWithVerb(folded: string): boolean {
  let end = folded.trimEnd();
  if (end.endsWith(':')) end = end.slice(0, -1).trimEnd();
  return VERBS.some((v) => end.endsWith(v));
}
const ORIGINAL_WORDS = ['original message', 'mensaje original', "message d'origine", 'message original', 'ursprungliche nachricht', 'messaggio originale'];
const FORWARD_WORDS = ['forwarded message', 'message transfere', 'mensaje reenviado', 'weitergeleitete nachricht'];
const ORIGINAL = new RegExp(`^\\s*-{2,}\\s*(${ORIGINAL_WORDS.join('|')})\\s*-{2,}\\s*$`);
const FORWARD_MARK = new RegExp(`^\\s*(-{2,}\\s*(${FORWARD_WORDS.join('|')})\\s*-{2,}|begin forwarded message:|debut du message reexpedie\\s*:)\\s*$`);
const HEADER_ANY = /^\s*\**(from|de|von|da|sent|envoye|enviado(?: el)?|date|fecha|gesendet|inviato|to|a|para|an|cc|subject|objet|asunto|betreff|oggetto)\s*:/;
const HEADER_FROM = /^\s*\**(from|de|von|da)\s*:/;
const HEADER_SENT = /^\s*\**(sent|envoye|enviado(?: el)?|date|fecha|gesendet|inviato)\s*:/;
const HEADER_SUBJECT = /^\s*\**(subject|objet|asunto)\s*:/;
/** header lines looked at after "From:" for the "Sent:" or "Subject:" that makes it a header */
const HEADER_REACH = 4;

/** What an intro found by its markup (Gmail's attribution, Outlook's header) introduces. */
export function readIntroKind(lines: readonly string[]): Intro {
  return lines.some((l) => FORWARD_MARK.test(foldText(l))) ? 'forward' : 'reply';
}

/** One paragraph line, or a whole non-paragraph block (which ends any header it follows). */
interface Entry {
  block: number;
  line: number;
  folded: string;
  depth: number;
  paragraph: boolean;
}

/**
 * Finds where someone else's text starts in a part, in any format: an attribution ("On … wrote:"),
 * an "-----Original Message-----" or Outlook "From: … Sent: …" header, a forwarded-message header.
 * Those lines become a paragraph marked `intro`, split from the text around them, and everything
 * after an intro sits one quote level deeper — unless it is quoted already ("On … wrote:" above
 * "> " lines), so that answers written between quoted lines stay the sender's own.
 */
export function markQuotedText(blocks: DocumentBlock[]): DocumentBlock[] {
  // the lines folded in one pass: most parts quote nothing, and with no intro yet and no line holding the words
  // one needs every block stays as it is
  const lines = paragraphLines(blocks);
  const folded = foldText(lines.join('\n'));
  if (!blocks.some((b) => b.kind === 'paragraph' && b.intro) && !MAY_INTRODUCE.test(folded)) return [...blocks];
  const foldedLines = folded.split('\n');
  // (a line with a break of its own would shift the others: then each is folded alone)
  const entries = flatten(blocks, foldedLines.length === lines.length ? foldedLines : lines.map(foldText));
  const roles = findIntros(entries);
  return raiseAfterIntros(splitIntros(blocks, entries, roles));
}

/**
 * What every intro has somewhere in its folded lines: an attribution's verb (ATTRIBUTION ends with one),
 * the words of a forward or original-message mark, or a header's "From:" (isOutlookHeader starts with one).
 */
const MAY_INTRODUCE = new RegExp([...VERBS, ...FORWARD_WORDS, 'begin forwarded message', 'debut du message reexpedie', ...ORIGINAL_WORDS, '(?:from|de|von|da)\\s*:'].join('|'));

/** The lines flatten reads, in its order: those of paragraphs not marked yet. */
function paragraphLines(blocks: DocumentBlock[]): string[] {
  const lines: string[] = [];
  for (const b of blocks) if (b.kind === 'paragraph' && !b.intro) for (const line of b.lines) lines.push(line);
  return lines;
}

/** One entry a paragraph line (with its folded text, from `folded` in paragraphLines' order) or a whole other block. */
function flatten(blocks: DocumentBlock[], folded: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  let k = 0;
  blocks.forEach((b, block) => {
    if (b.kind === 'paragraph' && !b.intro) b.lines.forEach((_, line) => entries.push({ block, line, folded: folded[k++]!, depth: b.quoteDepth, paragraph: true }));
    else entries.push({ block, line: -1, folded: '', depth: b.quoteDepth, paragraph: false });
  });
  return entries;
}

function findIntros(entries: Entry[]): Array<Intro | null> {
  const roles = new Array<Intro | null>(entries.length).fill(null);
  for (let i = 0; i < entries.length; i += 1) {
    const e = entries[i]!;
    if (!e.paragraph) continue;
    const next = entries[i + 1];
    const sameNext = next?.paragraph && next.depth === e.depth ? next.folded : '';
    if (endsWithVerb(e.folded) || endsWithVerb(sameNext)) {
      if (ATTRIBUTION.test(e.folded)) {
        roles[i] = 'reply';
        continue;
      }
      if (sameNext && ATTRIBUTION.test(`${e.folded} ${sameNext}`)) {
        roles[i] = roles[i + 1] = 'reply';
        i += 1;
        continue;
      }
    }
    const forward = FORWARD_MARK.test(e.folded);
    if (!forward && !ORIGINAL.test(e.folded) && !isOutlookHeader(entries, i)) continue;
    roles[i] = forward ? 'forward' : 'reply';
    // the header lines that follow ("From:", "Sent:", "To:", "Subject:") belong to the intro
    for (let h = entries[i + 1]; h?.paragraph && h.depth === e.depth && HEADER_ANY.test(h.folded); h = entries[i + 1]) {
      i += 1;
      roles[i] = roles[i - 1]!;
    }
  }
  return roles;
}

/** "From: X" then "Sent:" (or Date/Envoyé/Enviado, or Subject) within the next lines. */
function isOutlookHeader(entries: Entry[], i: number): boolean {
  if (!HEADER_FROM.test(entries[i]!.folded)) return false;
  for (let k = i + 1; k <= i + HEADER_REACH && k < entries.length; k += 1) {
    const e = entries[k]!;
    if (!e.paragraph) return false;
    if (HEADER_SENT.test(e.folded) || HEADER_SUBJECT.test(e.folded)) return true;
  }
  return false;
}

/** Paragraphs cut where an intro starts or ends; the intro lines become paragraphs of their own. */
function splitIntros(blocks: DocumentBlock[], entries: Entry[], roles: Array<Intro | null>): DocumentBlock[] {
  const out: DocumentBlock[] = [];
  let k = 0;
  blocks.forEach((b, index) => {
    const first = k;
    while (k < entries.length && entries[k]!.block === index) k += 1;
    if (b.kind !== 'paragraph' || b.intro || roles.slice(first, k).every((r) => r === null)) {
      out.push(b);
      return;
    }
    let run: Paragraph | null = null;
    for (let e = first; e < k; e += 1) {
      const role = roles[e] ?? undefined;
      const line = b.lines[entries[e]!.line]!;
      if (run && run.intro === role) {
        run.lines.push(line);
        continue;
      }
      run = { kind: 'paragraph', number: run ? null : b.number, strongLead: run ? null : b.strongLead, lines: [line], quoteDepth: b.quoteDepth, ...(role ? { intro: role } : {}) };
      out.push(run);
    }
  });
  return out;
}

/** Everything after an intro goes one level deeper, up to the end of the quote level the intro is in. */
function raiseAfterIntros(blocks: DocumentBlock[]): DocumentBlock[] {
  /** quote depths (as read) of the intros whose raise is in force */
  const raises: number[] = [];
  return blocks.map((b, i) => {
    const depth = b.quoteDepth;
    while (raises.length > 0 && raises[raises.length - 1]! > depth) raises.pop();
    const raised = raises.length === 0 ? b : { ...b, quoteDepth: depth + raises.length };
    const next = blocks[i + 1];
    // a run of intro paragraphs (an Outlook header read line by line) raises once, after its last one
    const introContinues = next?.kind === 'paragraph' && next.intro !== undefined && next.quoteDepth === depth;
    if (b.kind === 'paragraph' && b.intro && !introContinues && next && next.quoteDepth <= depth) raises.push(depth);
    return raised;
  });
}
