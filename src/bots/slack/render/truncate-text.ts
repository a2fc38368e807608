const ELLIPSIS = '…';

/**
 * Cuts text to at most `max` UTF-16 units, ending in an ellipsis, without splitting a surrogate
 * pair or an HTML entity that escapeSlackText produced (`&amp;` cut to `&am` would show raw).
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - ELLIPSIS.length);
  const lastAmp = text.lastIndexOf('&', end - 1);
  if (lastAmp >= 0 && lastAmp > end - 6 && !text.slice(lastAmp, end).includes(';')) end = lastAmp;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + ELLIPSIS;
}
