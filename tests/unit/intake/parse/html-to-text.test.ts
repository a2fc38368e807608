import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../src/intake/parse/html-to-text.js';

describe('htmlToText', () => {
  it('turns a two-column table row into "label: value"', () => {
    expect(htmlToText('<table><tr><th>Date of launch:</th><td>6 July 2016</td></tr></table>')).toBe('Date of launch: 6 July 2016');
  });

  it('joins wider rows with pipes', () => {
    expect(htmlToText('<table><tr><td>a</td><td>b</td><td>c</td></tr></table>')).toBe('a | b | c');
  });

  it('keeps paragraphs and line breaks as lines', () => {
    expect(htmlToText('<p>Name: Jonas<br>Country: Sweden</p><p>Bye</p>')).toBe('Name: Jonas\nCountry: Sweden\n\nBye');
  });

  it('marks bold, list items and quoted blocks', () => {
    expect(htmlToText('<ul><li><b>Name:</b> X</li></ul><blockquote>old text</blockquote>')).toBe('- **Name:** X\n> old text');
  });

  it('keeps a link address that the link text does not show', () => {
    expect(htmlToText('<a href="https://au.int/x">status page</a>')).toBe('status page <https://au.int/x>');
  });

  it('decodes named, numeric and accented entities', () => {
    expect(htmlToText('Organizaci&oacute;n &amp; Pa&iacute;s &#233;t&#xE9; &nbsp;x')).toBe('Organización & País été x');
  });

  it('drops scripts, styles and comments', () => {
    expect(htmlToText('<style>p{}</style><script>alert(1)</script><!-- c -->text')).toBe('text');
  });

  it('flattens layout tables of one column into lines', () => {
    expect(htmlToText('<table><tr><td><p>one</p><p>two</p></td></tr></table>')).toBe('one\ntwo');
  });
});
