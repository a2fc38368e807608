export type AttachmentKind = 'docx' | 'pdf' | 'text' | 'html' | 'message' | 'unsupported' | 'ignored';

/** What to do with an attachment, by MIME type first and file name second (clients mislabel both). */
export function attachmentKind(contentType: string, filename: string): AttachmentKind {
  const type = contentType.toLowerCase();
  const ext = /\.([a-z0-9]{1,5})$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
  if (type === 'message/rfc822' || type === 'message/global' || ext === 'eml') return 'message';
  if (type.includes('wordprocessingml.document') || ext === 'docx') return 'docx';
  if (type === 'application/pdf' || type === 'application/x-pdf' || ext === 'pdf') return 'pdf';
  if (type === 'text/html' || ext === 'html' || ext === 'htm') return 'html';
  if (type === 'text/plain' || type === 'text/markdown' || ext === 'txt' || ext === 'md') return 'text';
  if (/^(image|audio|video)\//.test(type) || /signature|pgp|calendar|vcard|delivery-status|rfc822-headers/.test(type)) return 'ignored';
  if (/msword|opendocument|rtf|spreadsheet|excel|powerpoint|presentation|zip/.test(type)) return 'unsupported';
  if (['doc', 'odt', 'rtf', 'pages', 'xls', 'xlsx', 'ppt', 'pptx', 'zip', 'ods'].includes(ext)) return 'unsupported';
  return 'ignored';
}
