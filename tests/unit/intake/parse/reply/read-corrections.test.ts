import { describe, expect, it } from 'vitest';
import type { FieldChange } from '../../../../../src/core/replies/reply-reading.js';
import { readCorrections } from '../../../../../src/intake/parse/reply/read-corrections.js';

const NOW = new Date('2026-03-01T00:00:00Z');
const read = (sentence: string) => readCorrections(sentence, NOW).map((c): [FieldChange['field'], FieldChange['value']] => [c.field, c.value]);

describe('readCorrections', () => {
  it.each<[string, Array<[FieldChange['field'], FieldChange['value']]>]>([
    // English
    ['One correction: the year should be 2017.', [['launchYear', 2017]]],
    ['Small fix: the date of adoption was 2015, not 2016.', [['launchYear', 2015]]],
    ['It was actually launched in 2014 rather than 2016.', [['launchYear', 2014]]],
    ['Please replace 2019 with 2017.', [['launchYear', 2017]]],
    ['2019 -> 2018', [['launchYear', 2018]]],
    ['2016 is the right year.', [['launchYear', 2016]]],
    ['Please change the name to "Global Charter for Tech Cooperation".', [['name', 'Global Charter for Tech Cooperation']]],
    ['Could you rename it? The correct title is Cyber Peace Pledge.', [['name', 'Cyber Peace Pledge']]],
    ["The agreement's official name should read Digital Trust Compact.", [['name', 'Digital Trust Compact']]],
    ['Please rename it to Cyber Peace Pledge.', [['name', 'Cyber Peace Pledge']]],
    ['The date is correct but the name should be Cyber Pledge.', [['name', 'Cyber Pledge']]],
    ['The maintainer is the OSCE Secretariat, not the UN.', [['maintainer', 'the OSCE Secretariat']]],
    ['Could you please update the maintainer to ENISA?', [['maintainer', 'ENISA']]],
    ['It is run by the Forum of Incident Response and Security Teams.', [['maintainer', 'the Forum of Incident Response and Security Teams']]],
    ['The organisation that looks after it is the Cyber Policy Institute.', [['maintainer', 'the Cyber Policy Institute']]],
    ['The signatories are France, Germany and Spain.', [['signatories', ['France', 'Germany', 'Spain']]]],
    ['The list of signatories is at https://example.org/signatories', [['signatories', ['https://example.org/signatories']]]],
    ['It was endorsed by 40 states and the African Union.', [['parties', '40 states and the African Union']]],
    ['The parties to the agreement are governments.', [['parties', 'governments']]],
    ['The maintainer is the OAS and the launch year is 2004.', [['maintainer', 'the OAS'], ['launchYear', 2004]]],
    // French
    ["L'année devrait être 2017.", [['launchYear', 2017]]],
    ["Merci de remplacer l'année par 2018.", [['launchYear', 2018]]],
    ["L'initiative a été adoptée en 2015 et non en 2016.", [['launchYear', 2015]]],
    ['Le titre exact est « Appel de Paris pour la confiance ».', [['name', 'Appel de Paris pour la confiance']]],
    ['Pourriez-vous changer le nom en Charte mondiale ?', [['name', 'Charte mondiale']]],
    ["Merci de renommer l'accord en Pacte numérique.", [['name', 'Pacte numérique']]],
    ['Elle est gérée par le Secrétariat du Forum.', [['maintainer', 'le Secrétariat du Forum']]],
    ["L'organisme responsable est l'ANSSI.", [['maintainer', "l'ANSSI"]]],
    ['Les signataires sont la France, le Maroc et le Sénégal.', [['signatories', ['la France', 'le Maroc', 'le Sénégal']]]],
    // Spanish
    ['La fecha correcta es 2015, no 2016.', [['launchYear', 2015]]],
    ['Fue adoptado en 2013, no en 2014.', [['launchYear', 2013]]],
    ['Por favor cambien el nombre a Carta Global de Cooperación.', [['name', 'Carta Global de Cooperación']]],
    ['El título debería ser «Llamamiento de Lima».', [['name', 'Llamamiento de Lima']]],
    ['¿Pueden renombrarlo a Pacto Digital?', [['name', 'Pacto Digital']]],
    ['Se lanzó en 2016.', [['launchYear', 2016]]],
    ['Está administrado por la Secretaría General de la OEA.', [['maintainer', 'la Secretaría General de la OEA']]],
    ['La organización que lo mantiene es la OEA.', [['maintainer', 'la OEA']]],
    ['Los firmantes son Chile, Perú y Colombia.', [['signatories', ['Chile', 'Perú', 'Colombia']]]],
  ])('reads %j', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    // judgements and negations say what a field is not
    'The name is wrong.',
    'La date est incorrecte.',
    'The year is not 2019.',
    "L'année n'est pas 2019.",
    'El año no es 2019.',
    // questions about a field, and conditions
    'Is the year 2017?',
    'If the year is 2017, please tell me.',
    // the sender speaking of themselves
    'My name is Ada Lovelace.',
    'Mi nombre es Ada.',
    'We signed it in 2018 and it is great.',
    // other subjects than a field
    'Our organisation, which maintains many norms, is happy to help.',
    'The OSCE Secretariat is happy to help.',
    'We are the maintainers of another initiative.',
    'The name of our organisation is Acme.',
    'The deadline is 2025.',
    'The meeting is in 2026.',
    'Thank you very much for your work, we are happy to contribute.',
    // a label with its answer is the questionnaire reader's
    'Stakeholders party to the agreement: states',
    'Name: Global Cyber Pledge',
  ])('reads no correction in %j', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it('keeps the sentence the value was read from as its evidence', () => {
    expect(readCorrections('Thanks! The year should be 2017.', NOW)[0]?.snippet).toBe('Thanks! The year should be 2017.');
  });
});
