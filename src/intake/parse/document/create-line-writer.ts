import { readListMarker } from './read-list-marker.js';

/** The text of one block as the HTML walker wrote it. */
export interface WrittenText {
  lines: string[];
  /** the bold words the block starts with (after a list marker, if any) */
  strongLead: string | null;
  /** bold words later in the block */
  strongWords: string[];
}

export interface LineWriter {
  /** Text (white space already collapsed); `bold` inside b, strong or a bold style. */
  write(text: string, bold: boolean): void;
  /** Ends the line being written (a div boundary). */
  endLine(): void;
  /** `<br>`: ends the line; a second one in a row (an empty line) ends the block. */
  lineBreak(): void;
  /** The block's text so far, and a fresh start; null when it has none. */
  take(): WrittenText | null;
}

/**
 * Collects the inline text of an HTML block into lines, with the bold lead a label is set in and the
 * bold words after it. Bold words at the start of a line in a block that has lines already begin a
 * block of their own (a labelled line), so `endBlock` is called first. Lines are not re-scanned as
 * they grow: a hostile line may be megabytes long.
 */
export function createLineWriter(endBlock: () => void): LineWriter {
  let lines: string[] = [];
  let line = '';
  /** the line has more than white space */
  let lineFilled = false;
  let lead: string | null = null;
  let leadOpen = false;
  let words: string[] = [];
  let run: string | null = null;

  const closeRun = () => {
    if (run !== null && run.trim() !== '') words.push(run.trim());
    run = null;
  };
  const endLine = () => {
    closeRun();
    if (lineFilled) lines.push(line.trim());
    line = '';
    lineFilled = false;
    leadOpen = false;
  };

  return {
    write(text, bold) {
      if (text.trim() === '') {
        if (lineFilled && !line.endsWith(' ')) line += ' ';
        if (leadOpen && lead !== null) lead += ' ';
        if (run !== null) run += ' ';
        return;
      }
      if (bold) {
        if (!lineFilled && lines.length > 0 && !leadOpen) endBlock();
        // "1. <b>Name:</b>": a lead may follow the list marker
        const markerOnly = lead === null && lineFilled && line.length < 16 && readListMarker(line)?.rest === '';
        if ((!lineFilled && lines.length === 0) || markerOnly) {
          lead = markerOnly ? `${line.trim()} ` : '';
          leadOpen = true;
        }
        if (leadOpen) lead += text;
        else run = (run ?? '') + text;
      } else {
        leadOpen = false;
        closeRun();
      }
      line += lineFilled ? text : text.trimStart();
      lineFilled = true;
    },
    endLine,
    lineBreak() {
      if (!lineFilled && lines.length > 0) endBlock();
      else endLine();
    },
    take() {
      endLine();
      const written = lines.length > 0 ? { lines, strongLead: lead?.trim() || null, strongWords: words } : null;
      lines = [];
      words = [];
      lead = null;
      return written;
    },
  };
}
