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
  /**
   * element nesting in a .docx XML part: Word writes about 6 levels per table inside a table, so 40
   * nested tables fit; a file of 100,000 nested paragraphs takes the XML reader seconds and 100+ MB
   */
  MAX_DOCX_XML_DEPTH: 256,
  /** entries in a .docx archive; a real Word file has a few dozen */
  MAX_DOCX_ENTRIES: 2_000,
  /**
   * bytes one compressed PDF stream may inflate to, checked before pdf.js reads the file (a 300 dpi
   * A4 page scanned in colour is 26 MB); the contribution PDFs we have seen inflate to a few KB
   */
  MAX_PDF_STREAM_BYTES: 32 * 1024 * 1024,
  /** bytes of a PDF's content, fonts and other streams a text reader decodes (images not counted), together */
  MAX_PDF_INFLATED_BYTES: 48 * 1024 * 1024,
  /** PDF pages read; the rest of a long PDF is skipped with a warning */
  MAX_PDF_PAGES: 40,
  /**
   * Extraction (HTML, .docx, PDF) runs in a worker thread that is terminated past these limits; the
   * message is stored with a warning and the next one proceeds. Real contributions take well under a
   * second. One document (a body or an attachment):
   */
  MAX_DOCUMENT_MS: 3_000,
  /** all documents of one message together, so that one message cannot hold up the intake for long */
  MAX_MESSAGE_EXTRACTION_MS: 4_000,
  /** the worker's JavaScript heap (resourceLimits.maxOldGenerationSizeMb); a 40-page report with charts needs about 60 */
  EXTRACTOR_HEAP_MB: 128,
  /**
   * growth of the process's resident memory during one extraction; catches what the heap limit does
   * not see: buffers outside it, such as the streams a PDF decompression bomb inflates
   */
  EXTRACTOR_RSS_GROWTH_MB: 160,
  /** a worker whose heap and buffers hold more than this after a document is ended, so its memory goes back */
  EXTRACTOR_RECYCLE_MB: 64,
  /** an idle extraction worker is ended after this (the next document starts a new one) */
  EXTRACTOR_IDLE_MS: 30_000,
  /** HTML characters read per part */
  MAX_HTML_CHARS: 2 * 1024 * 1024,
  /**
   * HTML up to this size (a typical mail body) is read in the parsing thread: handing it to the
   * worker and back costs more than reading it, and the walker reads even hostile markup of this
   * size within milliseconds (bench/extract.bench.ts); larger HTML goes to the worker and its limits
   */
  INLINE_HTML_CHARS: 32 * 1024,
  /** open HTML elements kept nested; deeper start tags open and close at once (see walkHtml) */
  MAX_HTML_DEPTH: 256,
  /** tables read as tables inside tables; deeper ones are read as their text (each level copies its content once) */
  MAX_TABLE_NESTING: 8,
  /** text characters kept per part and per message */
  MAX_TEXT_CHARS: 400_000,
  /** forwarded messages inside forwarded messages */
  MAX_RFC822_DEPTH: 3,
  /**
   * after parsing a message larger than this, its garbage is collected at once (collectGarbage): a
   * message's working memory is a few times its size, and the intake reads the next one without pause
   */
  COLLECT_AFTER_RAW_BYTES: 1024 * 1024,
  /** agreements read from one message */
  MAX_AGREEMENTS: 50,
} as const;
export type Limits = typeof LIMITS;
