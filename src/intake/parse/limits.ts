/**
 * Named limits on untrusted input. Mail reaches us from anyone; every expensive step has a ceiling,
 * and going over one is a warning on the message, never a crash (cf. MAX_LINKIFY_WORK in mailparser).
 */
export const LIMITS = {
  /** whole raw message; larger mail is parsed from its first bytes only */
  MAX_RAW_BYTES: 30 * 1024 * 1024,
  /** one attachment, decoded */
  MAX_ATTACHMENT_BYTES: 10 * 1024 * 1024,
  /** attachments read per message (each forwarded message counts its own) */
  MAX_ATTACHMENTS: 20,
  /** sum of the uncompressed sizes of a .docx archive: a zip bomb stops here */
  MAX_DOCX_UNCOMPRESSED_BYTES: 40 * 1024 * 1024,
  /** entries in a .docx archive; a real Word file has a few dozen */
  MAX_DOCX_ENTRIES: 2_000,
  /** PDF pages read; the rest of a long PDF is skipped with a warning */
  MAX_PDF_PAGES: 40,
  /** a PDF or .docx that takes longer than this is given up on */
  MAX_DOCUMENT_MS: 15_000,
  /** HTML characters read per part */
  MAX_HTML_CHARS: 2 * 1024 * 1024,
  /** open HTML elements kept nested; deeper start tags open and close at once (see walkHtml) */
  MAX_HTML_DEPTH: 256,
  /** tables read as tables inside tables; deeper ones are read as their text (each level copies its content once) */
  MAX_TABLE_NESTING: 8,
  /** text characters kept per part and per message */
  MAX_TEXT_CHARS: 400_000,
  /** forwarded messages inside forwarded messages */
  MAX_RFC822_DEPTH: 3,
  /** agreements read from one message */
  MAX_AGREEMENTS: 50,
} as const;
export type Limits = typeof LIMITS;
