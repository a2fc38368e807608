import { isUtf8 } from 'node:buffer';

/** Charset labels decoders know under another name, or that are safe to read as their superset. */
const ALIASES: Record<string, string> = {
  'x-unknown': '', unknown: '', 'x-user-defined': '', ascii: 'utf-8', 'us-ascii': 'utf-8', 'ansi_x3.4-1968': 'utf-8',
  utf8: 'utf-8', latin1: 'iso-8859-1', cp1252: 'windows-1252', 'x-mac-roman': 'macintosh',
};

function isKnownCharset(label: string): boolean {
  const l = label.trim().toLowerCase();
  if (ALIASES[l]) return true;
  if (l in ALIASES) return false;
  // building a decoder costs more than the rest of the patching: each label is asked once (most mail says "utf-8")
  let known = decodable.get(l);
  if (known === undefined) {
    known = canDecode(l);
    if (decodable.size >= DECODABLE_MEMO_SIZE) decodable.delete(decodable.keys().next().value ?? '');
    decodable.set(l, known);
  }
  return known;
}

function canDecode(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** labels come from untrusted mail: the memo keeps the last few */
const DECODABLE_MEMO_SIZE = 64;
const decodable = new Map<string, boolean>();

/**
 * Replaces charsets no decoder knows ("x-klingon", "unknown-8bit") in the MIME headers with a guess:
 * UTF-8 when the bytes are valid UTF-8, else windows-1252, the usual truth of mislabelled mail.
 * Without this the decoder silently reads them as UTF-8 and turns every accent into U+FFFD.
 * `guess` is null when every charset was known.
 */
export function patchUnknownCharsets(raw: Buffer): { raw: Buffer; unknown: string[]; guess: string | null } {
  const text = raw.toString('latin1');
  // every label known (nearly all mail): nothing to patch, and the header fields need not be read line by line
  if (!hasUnknownLabel(text)) return { raw, unknown: [], guess: null };
  const unknown = new Set<string>();
  // the UTF-8 check reads the whole message: only for the rare message that needs a guess
  let guess: string | null = null;
  // only header lines: Content-Type fields and their folded continuations
  const patched = text.replace(/^(content-type:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/gim, (field) =>
    field.replace(/(charset\s*=\s*)("?)([^";\s]*)\2/i, (whole, pre: string, q: string, label: string) => {
      if (label === '' || isKnownCharset(label)) return whole;
      unknown.add(label);
      guess ??= isUtf8(raw) ? 'utf-8' : 'windows-1252';
      return `${pre}${q}${guess}${q}`;
    }),
  );
  return unknown.size === 0 ? { raw, unknown: [], guess: null } : { raw: Buffer.from(patched, 'latin1'), unknown: [...unknown], guess };
}

/**
 * Whether any charset label of the text, in a header or not, is unknown: those of the Content-Type
 * fields are among them (a label that runs over another "charset=" is unknown itself).
 */
function hasUnknownLabel(text: string): boolean {
  for (const m of text.matchAll(/charset\s*=\s*("?)([^";\s]*)\1/gi)) if (m[2] !== '' && !isKnownCharset(m[2]!)) return true;
  return false;
}
