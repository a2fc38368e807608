import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../../../../../src/intake/parse/document/document-block.js';
import { markQuotedText } from '../../../../../src/intake/parse/document/mark-quoted-text.js';
import { readHtml } from '../../../../../src/intake/parse/document/read-html.js';
import { LIMITS } from '../../../../../src/intake/parse/limits.js';

/** kind, quote depth and lines of each block: what a reader of the mail sees */
const seen = (blocks: DocumentBlock[]) =>
  blocks.map((b) => [b.kind, b.quoteDepth, ...('lines' in b ? b.lines : b.kind === 'table' ? [b.rows.map((r) => r.map((c) => c.lines.join('/')))] : [])]);

describe('readHtml', () => {
  it('reads p as paragraphs and br as lines, with entities decoded', () => {
    expect(seen(readHtml('<p>Organizaci&oacute;n &amp; Pa&iacute;s<br>&#233;t&#xE9;&nbsp;x</p><p>Bye</p>'))).toEqual([
      ['paragraph', 0, 'Organización & País', 'été x'],
      ['paragraph', 0, 'Bye'],
    ]);
  });

  it("groups Gmail's div-per-line into paragraphs split by empty divs", () => {
    const html = '<div dir="ltr"><div>Name of agreement:</div><div>Christchurch Call</div><div><br></div><div>Date of launch:</div><div>May 2019</div></div>';
    expect(seen(readHtml(html))).toEqual([
      ['paragraph', 0, 'Name of agreement:', 'Christchurch Call'],
      ['paragraph', 0, 'Date of launch:', 'May 2019'],
    ]);
  });

  it('reads headings with their level and number', () => {
    expect(readHtml('<h2>3. About you</h2>')).toEqual([{ kind: 'heading', level: 2, number: '3', lines: ['About you'], quoteDepth: 0 }]);
  });

  it('reads nested lists with depth, marker and the numbers ol start, li value and type give', () => {
    const html = '<ol start="3"><li>Third<ul><li>sub a</li><li>sub b</li></ul></li><li value="7">Seventh</li></ol><ol type="a"><li>x</li><li>y</li></ol><ol type="I"><li>one</li><li>two</li></ol>';
    const items = readHtml(html).map((b) => (b.kind === 'list-item' ? [b.depth, b.marker, b.number, b.lines[0]] : b.kind));
    expect(items).toEqual([
      [0, 'number', '3', 'Third'],
      [1, 'bullet', null, 'sub a'],
      [1, 'bullet', null, 'sub b'],
      [0, 'number', '7', 'Seventh'],
      [0, 'number', 'a', 'x'],
      [0, 'number', 'b', 'y'],
      [0, 'number', 'I', 'one'],
      [0, 'number', 'II', 'two'],
    ]);
  });

  it("reads Outlook's bold numbered labels into number and strongLead, the value kept in the line", () => {
    const html = `<p class=MsoNormal><b><span style='font-size:11pt'>1.<span style='font:7pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span>Name of agreement:</span></b><span> Paris Call<o:p></o:p></span></p>
      <p class=MsoNormal><span style="font-weight:bold">Date of launch:</span> 12 November 2018</p>
      <p>2. <strong>Maintainer:</strong> France</p>`;
    expect(readHtml(html)).toEqual([
      { kind: 'list-item', depth: 0, marker: 'number', number: '1', strongLead: 'Name of agreement:', lines: ['Name of agreement: Paris Call'], quoteDepth: 0 },
      { kind: 'paragraph', number: null, strongLead: 'Date of launch:', lines: ['Date of launch: 12 November 2018'], quoteDepth: 0 },
      { kind: 'list-item', depth: 0, marker: 'number', number: '2', strongLead: 'Maintainer:', lines: ['Maintainer: France'], quoteDepth: 0 },
    ]);
  });

  it('starts a block at each line led by bold words and keeps later bold words as strongWords', () => {
    const blocks = readHtml('<p><b>Name:</b> Jonas<br><b>Country:</b> Sweden<br>Affiliation <b>Centre for Policy</b></p>');
    expect(blocks.map((b) => (b.kind === 'paragraph' ? [b.strongLead, b.lines, b.strongWords ?? []] : b.kind))).toEqual([
      ['Name:', ['Name: Jonas'], []],
      ['Country:', ['Country: Sweden', 'Affiliation Centre for Policy'], ['Centre for Policy']],
    ]);
  });

  it('reads a table with header cells, cell lines and bold cell leads', () => {
    const html = '<table><thead><tr><th>Name</th><th>Year</th></tr></thead><tbody><tr><td><p><b>Paris Call</b></p><p>for Trust</p></td><td>2018</td></tr><tr><td>Tech Accord</td><td>2018</td></tr></tbody></table>';
    const [table] = readHtml(html);
    expect(table).toEqual({
      kind: 'table',
      quoteDepth: 0,
      rows: [
        [{ lines: ['Name'], strongLead: null, header: true }, { lines: ['Year'], strongLead: null, header: true }],
        [{ lines: ['Paris Call', 'for Trust'], strongLead: 'Paris Call', header: false }, { lines: ['2018'], strongLead: null, header: false }],
        [{ lines: ['Tech Accord'], strongLead: null, header: false }, { lines: ['2018'], strongLead: null, header: false }],
      ],
    });
  });

  it('unwraps a layout table around the message and keeps the data table inside it', () => {
    const html = '<table width="100%"><tr><td><p>Dear BPF,</p><table><tr><td>Name of agreement</td><td>Charter of Trust</td></tr><tr><td>Date of launch</td><td>2018</td></tr></table></td></tr></table>';
    expect(seen(readHtml(html))).toEqual([
      ['paragraph', 0, 'Dear BPF,'],
      ['table', 0, [['Name of agreement', 'Charter of Trust'], ['Date of launch', '2018']]],
    ]);
  });

  it('flattens a table nested in a data cell into that cell\'s lines', () => {
    const html = '<table><tr><td>Parties</td><td><table><tr><td>France</td><td>EU</td></tr><tr><td>Canada</td><td></td></tr></table></td></tr><tr><td>Year</td><td>2018</td></tr></table>';
    expect(seen(readHtml(html))).toEqual([['table', 0, [['Parties', 'France | EU/Canada'], ['Year', '2018']]]]);
  });

  it('reads blockquote as a quote level and hr as a separator, and ignores script and style', () => {
    const html = '<style>p{color:red}</style><p>Mine</p><hr><blockquote><p>Theirs</p><blockquote>older</blockquote></blockquote><script>alert(1)</script><!-- c -->';
    expect(seen(readHtml(html))).toEqual([
      ['paragraph', 0, 'Mine'],
      ['separator', 0],
      ['paragraph', 1, 'Theirs'],
      ['paragraph', 2, 'older'],
    ]);
  });

  it('reads the text after a head that is never closed, but not the title', () => {
    expect(seen(readHtml('<html><head><meta charset="utf-8"><title>Contribution</title><p>Hello'))).toEqual([['paragraph', 0, 'Hello']]);
  });

  it('keeps a link target that the link text does not show', () => {
    expect(seen(readHtml('<p><a href="https://au.int/x">status page</a> and <a href="https://b.org">https://b.org</a></p>'))).toEqual([
      ['paragraph', 0, 'status page <https://au.int/x> and https://b.org'],
    ]);
  });

  it("marks Gmail's attribution as an intro above the quoted reply", () => {
    const html = '<div dir="ltr">My answer</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Am Mo., 5. Okt. 2020 um 10:00 Uhr hat BPF geantwortet:<br></div><blockquote class="gmail_quote">Name of agreement:</blockquote></div>';
    expect(markQuotedText(readHtml(html)).map((b) => [b.quoteDepth, b.kind === 'paragraph' ? (b.intro ?? null) : null])).toEqual([
      [0, null],
      [0, 'reply'],
      [1, null],
    ]);
  });

  it("quotes what follows Outlook's divRplyFwdMsg header, in any language", () => {
    const html = '<div>Réponse</div><hr><div id="divRplyFwdMsg"><b>差出人:</b> BPF<br><b>件名:</b> call</div><div>Name of agreement:</div>';
    expect(markQuotedText(readHtml(html)).map((b) => [b.kind, b.quoteDepth, b.kind === 'paragraph' ? (b.intro ?? null) : null])).toEqual([
      ['paragraph', 0, null],
      ['separator', 0, null],
      ['paragraph', 0, 'reply'],
      ['paragraph', 0, 'reply'],
      ['paragraph', 1, null],
    ]);
  });

  it("quotes the original below desktop Outlook's bold From/Sent header", () => {
    const html = `<div class=WordSection1><p class=MsoNormal>Name of agreement: Copenhagen Pledge<o:p></o:p></p>
      <div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> BPF &lt;bpf@example.org&gt;<br><b>Sent:</b> Monday, October 5, 2020 10:00<br><b>To:</b> Lars<br><b>Subject:</b> call<o:p></o:p></p></div>
      <p class=MsoNormal>Name of agreement:<o:p></o:p></p></div>`;
    expect(markQuotedText(readHtml(html)).map((b) => [b.quoteDepth, b.kind === 'paragraph' ? (b.intro ?? null) : null, 'lines' in b ? b.lines[0] : ''])).toEqual([
      [0, null, 'Name of agreement: Copenhagen Pledge'],
      [0, 'reply', 'From: BPF <bpf@example.org>'],
      [0, 'reply', 'Sent: Monday, October 5, 2020 10:00'],
      [0, 'reply', 'To: Lars'],
      [0, 'reply', 'Subject: call'],
      [1, null, 'Name of agreement:'],
    ]);
  });

  it('reads a forward in Gmail HTML as a forward intro with the forwarded text one level deeper', () => {
    const html = '<div>FYI</div><div class="gmail_quote"><div class="gmail_attr">---------- Forwarded message ---------<br>From: <b>Kim</b><br>Date: Mon</div><br><div>Name of agreement: X</div></div>';
    expect(markQuotedText(readHtml(html)).map((b) => [b.quoteDepth, b.kind === 'paragraph' ? (b.intro ?? null) : null, 'lines' in b ? b.lines[0] : ''])).toEqual([
      [0, null, 'FYI'],
      [0, 'forward', '---------- Forwarded message ---------'],
      [1, null, 'Name of agreement: X'],
    ]);
  });

  it('reads all the text of huge unclosed-tag input, nested past the depth limit', () => {
    const n = 100_000;
    const blocks = readHtml(`<p>start</p>${'<div><span><b>x'.repeat(n)}${'</i>'.repeat(n)}<p>end</p>`);
    const text = blocks.flatMap((b) => ('lines' in b ? b.lines : [])).join(' ');
    expect(text.startsWith('start x x')).toBe(true);
    expect(text.match(/x/g)?.length).toBe(n);
    expect(text.endsWith('end')).toBe(true);
    expect(n).toBeGreaterThan(LIMITS.MAX_HTML_DEPTH * 100);
  });

  it('reads unclosed table cells and list items as the browser would close them', () => {
    expect(seen(readHtml('<table><tr><td>Name<td>Paris Call<tr><td>Year<td>2018</table><ul><li>a<li>b</ul>'))).toEqual([
      ['table', 0, [['Name', 'Paris Call'], ['Year', '2018']]],
      ['list-item', 0, 'a'],
      ['list-item', 0, 'b'],
    ]);
  });
});
