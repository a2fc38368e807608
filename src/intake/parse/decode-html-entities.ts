const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", laquo: '«', raquo: '»',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', ndash: '\u2013', mdash: '\u2014',
  hellip: '\u2026', bull: '\u2022', middot: '\u00b7', copy: '\u00a9', reg: '\u00ae', szlig: '\u00df',
  iexcl: '\u00a1', iquest: '\u00bf', ordm: '\u00ba', ordf: '\u00aa', euro: '\u20ac', shy: '',
  aelig: '\u00e6', AElig: '\u00c6', oslash: '\u00f8', Oslash: '\u00d8', zwnj: '', zwj: '',
};
/** Diacritics named in HTML entities ("eacute") as combining marks, so every accented letter works. */
const MARKS: Record<string, string> = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', cedil: '\u0327', ring: '\u030a',
};

/** Decodes the entities mail HTML uses: numeric, the common named ones, and any "<letter><diacritic>;". */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    const named = NAMED[name];
    if (named !== undefined) return named;
    const mark = MARKS[name.slice(1)];
    return mark ? (name[0] + mark).normalize('NFC') : whole;
  });
}
