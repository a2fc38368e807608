/** True when the bytes look like an mbox file (RFC 4155): the first line is a "From " separator. */
export function isMbox(raw: Buffer): boolean {
  return raw.subarray(0, 5).toString('latin1') === 'From ';
}

/**
 * Splits an mbox file into messages (RFC 4155): a line starting with "From " begins a message;
 * ">From " lines (and mboxrd's ">>From ") lose one ">". Bytes are kept as they are (latin1 round trip).
 */
export function splitMbox(raw: Buffer): Buffer[] {
  const text = raw.toString('latin1');
  const messages: Buffer[] = [];
  const starts = [...text.matchAll(/^From [^\n]*\n/gm)];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const bodyStart = start.index + start[0].length;
    const end = i + 1 < starts.length ? starts[i + 1]!.index : text.length;
    // the blank line before the next separator belongs to the mbox format, not to the message
    const chunk = text
      .slice(bodyStart, end)
      .replace(/(\r?\n)$/, '')
      .replace(/^>(>*From )/gm, '$1');
    if (chunk.trim().length > 0) messages.push(Buffer.from(chunk, 'latin1'));
  }
  return messages;
}
