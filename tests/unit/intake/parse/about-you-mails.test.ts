import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../src/core/catalog/catalog-snapshot.js';
import { parseEmail } from '../../../../src/intake/parse/parse-email.js';
import { loadCatalog } from '../../../helpers/load-catalog.js';

// Contribution mails whose sender answers the call's "About you" in their own words, under their own
// heading ("About you:", "About me", "À propos de moi :", "Sobre mí:", "Zu meiner Person:"), with no
// "Name:" / "Affiliation:" / "Country:" labels: "Name, role, organisation, city, country" on one line,
// or the name alone and one detail a line below it.
const dir = path.resolve(import.meta.dirname, '../../../fixtures/mail');
let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
const parse = (name: string) => parseEmail(fs.readFileSync(path.join(dir, name)), { catalog, now: new Date('2026-01-01T00:00:00Z') });

describe('parseEmail reads the contributor from the sender\'s own "About you"', () => {
  it.each([
    // one line: the organisation, not the role ("Legal Counsel") or the city ("Lusaka")
    ['about-you-one-line.eml', { name: 'Chanda Mwale', affiliation: 'Lusaka Fibre Networks Ltd', country: 'Zambia' }],
    ['a-propos-de-moi-fr.eml', { name: 'Awa Diallo', affiliation: 'Autorité malienne de régulation des télécommunications', country: 'Mali' }],
    // one detail a line; the organisation after the role on its line
    ['sobre-mi-es.eml', { name: 'Lucía Paredes Rojas', affiliation: 'Fundación Andina para la Sociedad Digital', country: 'Ecuador' }],
    // no organisation: the independent role is what a moderator reads as the affiliation; the full name over the sign-off "Minh Chau"
    ['about-me-stacked-sign-off.eml', { name: 'Pham Minh Chau', affiliation: 'Independent consultant', country: 'Vietnam' }],
    // hard-wrapped over two lines; the signature's "Sabine Krüger · Datenschutz" is not her organisation
    ['zu-meiner-person-de.eml', { name: 'Sabine Krüger', affiliation: 'selbstständige Beraterin für Datenschutz und IT-Recht', country: 'Österreich' }],
  ])('%s', async (file, want) => {
    const m = await parse(file);
    expect(m.kind).toBe('contribution');
    expect(m.contributor).toMatchObject({ ...want, anonymous: false });
    expect(m.agreements).toHaveLength(1);
  });

  it('shows the description it read as the evidence', async () => {
    const m = await parse('about-you-one-line.eml');
    expect(m.contributorEvidence?.affiliation?.snippet).toBe('Chanda Mwale, Legal Counsel, Lusaka Fibre Networks Ltd, Lusaka, Zambia');
  });
});

describe('parseEmail takes "about our ..." over another topic for no "About you" heading', () => {
  const letter = (from: string, body: string[]) =>
    parseEmail(Buffer.from(`From: ${from}\r\nTo: bpf@example.org\r\nSubject: BPF\r\nMessage-ID: <about-topic@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.join('\r\n')}\r\n`), {
      catalog,
      now: new Date('2026-01-01T00:00:00Z'),
    });

  it.each([
    // "nos" is "our" before a noun (French), as "mi" is "my" (Spanish): the lines below are the topic, not the sender
    [
      'Claire Dubois <c.dubois@cyberpaix.example>',
      ['Bonjour,', '', "Nous soutenons l'Appel de Paris depuis 2019.", '', 'Concernant nos priorités :', 'La protection des hôpitaux', 'La sécurité des câbles sous-marins', '', 'Cordialement,', 'Claire Dubois', 'CyberPaix', 'Lyon, France'],
      { name: 'Claire Dubois', affiliation: 'CyberPaix', country: 'France' },
    ],
    [
      'Jorge Molina <jmolina@cibersur.example>',
      ['Estimados:', '', 'Sobre mi propuesta:', 'Incluir la Convención de Budapest', 'Mejorar la cooperación entre CSIRT', '', 'Saludos,', 'Jorge Molina', 'CiberSur', 'Montevideo, Uruguay'],
      { name: 'Jorge Molina', affiliation: 'CiberSur', country: 'Uruguay' },
    ],
  ])('reads the signature of %s, not the lines under the topic', async (from, body, want) => {
    const m = await letter(from, body);
    expect(m.contributor).toMatchObject(want);
  });
});
