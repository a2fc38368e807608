import { describe, expect, it } from 'vitest';
import type { FreeLine } from '../../../../src/intake/parse/fields/read-questionnaire.js';
import { parseContributor } from '../../../../src/intake/parse/parse-contributor.js';

const field = (value: string) => ({ value, snippet: value, confidence: 1, source: 'questionnaire' as const });
const from = { name: 'Sender Name', address: 'sender@example.org' };
/** a free line of the body; `opensBlock` false carries on the paragraph above */
const line = (text: string, opensBlock = true): FreeLine => ({ text, question: 0, part: 0, opensBlock });

describe('parseContributor', () => {
  it('prefers the labelled name to the From header', () => {
    const r = parseContributor({ contributor: { 'contributor.name': field('Ana Silva') }, freeText: [] }, from);
    expect(r.contributor).toMatchObject({ name: 'Ana Silva', email: 'sender@example.org', anonymous: false });
  });

  it.each([
    ['hello, im a phd student at universidad de la frontera sur (temuco) and i work on cyber law', 'Universidad de la Frontera Sur'],
    ["Je suis chargée de mission à l'Agence nationale du numérique, et je vous écris à titre personnel.", "Agence nationale du numérique"],
    ['I am a senior researcher with the Nordic Institute for Peace Studies. We would add the Tallinn Manual.', 'Nordic Institute for Peace Studies'],
  ])('reads the affiliation a sender gives in the letter: %j', (text, affiliation) => {
    const r = parseContributor({ contributor: {}, freeText: [line(text)] }, from);
    expect(r.contributor.affiliation).toBe(affiliation);
    expect(r.evidence.affiliation?.snippet).toContain(text.split(/[.,] /)[0]);
  });

  it.each([
    'I met the director at the Ministry of Digital Affairs last year.',
    'The researcher at Example University told me about it.',
  ])('reads no affiliation from a sentence about someone else: %j', (text) => {
    expect(parseContributor({ contributor: {}, freeText: [line(text)] }, from).contributor.affiliation).toBeNull();
  });

  it('falls back to the From name with a lower confidence', () => {
    const r = parseContributor({ contributor: {}, freeText: [] }, from);
    expect([r.contributor.name, r.evidence.name?.confidence]).toEqual(['Sender Name', 0.5]);
  });

  it.each([
    [{ 'contributor.name': field('Anonymous') }, []],
    [{ 'contributor.anonymous': field('yes') }, []],
    [{ 'contributor.name': field('Ana Silva') }, [line('Je souhaite rester anonyme.')]],
  ])('marks the contributor anonymous and drops the name (%j, %j)', (contributor, freeText) => {
    const r = parseContributor({ contributor, freeText }, from);
    expect(r.contributor).toMatchObject({ anonymous: true, name: null });
  });

  it('hears a request the mail client wrapped over two lines', () => {
    const freeText = [
      line("You're welcome to use all of this, but when it goes into the report please"),
      line("leave me and my team's name out of it - just say it came from a practitioner.", false),
    ];
    const r = parseContributor({ contributor: {}, freeText }, { name: 'Rizal Hakim', address: 'rizal@example.org' });
    expect(r.contributor).toMatchObject({ anonymous: true, name: null });
    expect(r.evidence.anonymous?.snippet).toMatch(/please leave me and my team's name out/);
  });

  it('does not join two paragraphs into one request', () => {
    const freeText = [line('Please find our answers below.'), line('The list of signatories is not public yet.')];
    expect(parseContributor({ contributor: {}, freeText }, from).contributor).toMatchObject({ anonymous: false, name: 'Sender Name' });
  });

  it('does not read "Anonymous: no" as a request', () => {
    expect(parseContributor({ contributor: { 'contributor.anonymous': field('no') }, freeText: [] }, from).contributor.anonymous).toBe(false);
  });
});

describe('parseContributor, the sender\'s own "About me"', () => {
  const about = (text: string, opensBlock = true): FreeLine => ({ ...line(text, opensBlock), about: true });

  it.each([
    [[about('Ana Pérez, Researcher, ana.perez@gmail.com, Lima, Peru')]],
    [[about('Ana Pérez'), about('Researcher', false), about('ana.perez@gmail.com', false), about('+51 1 234 5678', false), about('Lima, Peru', false)]],
  ])('keeps the e-mail address and phone number out of the affiliation and its evidence', (lines) => {
    const r = parseContributor({ contributor: {}, freeText: lines }, from);
    // a role alone is no organisation: no affiliation rather than the address
    expect(r.contributor).toMatchObject({ name: 'Ana Pérez', affiliation: null, country: 'Peru' });
    expect(r.evidence.country?.snippet).toContain('Researcher');
    for (const e of Object.values(r.evidence)) expect(e.snippet).not.toMatch(/ana\.perez@gmail\.com|234 5678/);
  });

  it('blanks the About-me name of an anonymous contributor as well as the Name: field', () => {
    const r = parseContributor(
      {
        contributor: { 'contributor.name': field('Ana Silva'), 'contributor.anonymous': field('yes') },
        freeText: [about('Beatriz Ramos Ortega, Investigadora, Universidad Andina, Quito, Ecuador')],
      },
      from,
    );
    expect(r.contributor).toMatchObject({ name: null, anonymous: true, country: 'Ecuador' });
    const shown = [r.contributor.affiliation, r.contributor.country, ...Object.values(r.evidence).map((e) => e.snippet)].join('\n');
    expect(shown).not.toMatch(/Silva|Beatriz|Ramos|Ortega/);
  });
});
