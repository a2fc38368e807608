/** A non-fatal problem met while parsing a mail; `code` is stable, `message` says what happened. */
export type ParseWarningCode =
  | 'mime-unreadable'
  | 'message-too-large'
  | 'unknown-charset'
  | 'attachment-too-large'
  | 'too-many-attachments'
  | 'unsupported-attachment'
  | 'docx-unreadable'
  | 'docx-encrypted'
  | 'docx-too-large'
  | 'pdf-unreadable'
  | 'pdf-encrypted'
  | 'pdf-truncated'
  | 'pdf-too-large'
  | 'document-timeout'
  | 'document-memory-limit'
  | 'extractor-failed'
  | 'html-truncated'
  | 'text-truncated'
  | 'rfc822-too-deep'
  | 'agreement-without-name'
  | 'too-many-agreements'
  | 'empty-message'
  | 'parser-error';

export interface ParseWarning {
  code: ParseWarningCode;
  message: string;
}

export function warning(code: ParseWarningCode, message: string): ParseWarning {
  return { code, message };
}

/** An error's first line, short enough for a warning. */
export function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 160);
}
