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
