const URL_LIST = /^https?:\/\/\S+(?:\s*;?\s+https?:\/\/\S+)*$/;
/** A local file path: absolute, home-relative, relative, Windows or file: URL. */
const PATH_LIKE = /(?:^|\s)(?:\/|~\/|\.{1,2}\/|[a-z]:\\|file:)|\\/i;

/**
 * Why a fact's source cannot be cited, or null when it can: a source is one or more web addresses,
 * or a named document ("BPF Cybersecurity WS1 draft output, December 2022"): words a reader can look
 * up, never a path on the machine that gathered the facts.
 */
export function describeSourceProblem(source: string): string | null {
  const s = source.trim();
  if (URL_LIST.test(s)) return null;
  if (PATH_LIKE.test(s)) return `"${s}" is a file path; cite the document by its name or give its web address`;
  if (/^https?:/i.test(s)) return `"${s}" is not a valid web address`;
  if (!/^[\p{L}\p{N}"“(]/u.test(s) || s.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length < 2) {
    return `"${s}" is neither a web address nor a named document; give the address or the document's title`;
  }
  return null;
}
