import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../../../../../src/intake/parse/document/document-block.js';
import { readQuestionnaire } from '../../../../../src/intake/parse/fields/read-questionnaire.js';
import { readUnits } from '../../../../../src/intake/parse/fields/read-units.js';

const paragraph = (...lines: string[]): DocumentBlock => ({ kind: 'paragraph', number: null, strongLead: null, lines, quoteDepth: 0 });
const heading = (text: string): DocumentBlock => ({ kind: 'heading', level: 2, number: null, lines: [text], quoteDepth: 0 });
const texts = (blocks: DocumentBlock[]) => readUnits([blocks]).flatMap((u) => (u.kind === 'line' ? [u.text] : []));

describe('readUnits', () => {
  it.each(['  ANNEX A – List of agreements', 'Ánexo A: lista de acuerdos', 'annex a'])('leaves out the call\'s Annex A after its heading %j, up to the sender\'s "About you" fields', (annex) => {
    expect(texts([paragraph('Name of agreement: Kestrel Charter'), paragraph(annex), paragraph('The Tonga Cable Accord, adopted in 2021.'), paragraph('Name: Ana Silva')])).toEqual([
      'Name of agreement: Kestrel Charter',
      'Name: Ana Silva',
    ]);
  });

  it('keeps the lines after a line that only starts like an annex heading', () => {
    expect(texts([paragraph('Annual report: 2019'), paragraph('The Tonga Cable Accord, adopted in 2021.')])).toEqual(['Annual report: 2019', 'The Tonga Cable Accord, adopted in 2021.']);
  });

  it.each([
    ['Name **Bart Hogeveen**  ', 'Name: Bart Hogeveen', 'Bart Hogeveen'],
    ['Name __Bart Hogeveen__', 'Name: Bart Hogeveen', 'Bart Hogeveen'],
    ['Name **Bart** Hogeveen', 'Name Bart Hogeveen', null],
    ['Name **Bart Hogeveen**.', 'Name Bart Hogeveen.', null],
  ])('reads a bold value ending the line as the value of the plain words before it: %j', (line, text, value) => {
    const [unit] = readUnits([[paragraph(line)]]);
    expect(unit).toMatchObject({ kind: 'line', text });
    expect(unit?.kind === 'line' ? (unit.label?.value ?? null) : undefined).toBe(value);
  });
});

describe('readQuestionnaire', () => {
  const title = (words: number) => Array.from({ length: words }, (_, i) => ['Kestrel', 'Charter', 'on', 'Responsible', 'State', 'Behaviour', 'in', 'Cyberspace', 'and', 'Regional'][i % 10]).join(' ');

  it.each([
    [20, true],
    [21, false],
  ])('takes a heading of %i words above an agreement\'s fields for its name: %s', (words, named) => {
    const q = readQuestionnaire(readUnits([[heading(title(words)), paragraph('Date of launch: 2019')]]));
    expect(q.agreements.map((a) => [a['agreement.name']?.value ?? null, a['agreement.date']?.value])).toEqual([[named ? title(words) : null, '2019']]);
  });
});
