import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../src/core/catalog/catalog-snapshot.js';
import { parseEmail } from '../../../../src/intake/parse/parse-email.js';
import { loadCatalog } from '../../../helpers/load-catalog.js';

// Contribution mails whose contributor is known only from the signature block: closings in other
// languages or none at all, a "Title | Organisation" line, a disclaimer or "Sent from my iPhone"
// below, short country forms. (Probe mails written by a tester who had not seen the parser.)
const dir = path.resolve(import.meta.dirname, '../../../fixtures/mail');
let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
const parse = (name: string) => parseEmail(fs.readFileSync(path.join(dir, name)), { catalog, now: new Date('2026-01-01T00:00:00Z') });

describe('parseEmail reads the contributor from the signature block', () => {
  it.each([
    ['signature-title-pipe-organisation-disclaimer.eml', { name: 'Ingrid Solberg', affiliation: 'Halvorsen Cloud ASA', country: 'Norway' }],
    ['fr-prose-letter-in-passing.eml', { name: 'Pr Éloïse Houngbédji', affiliation: "Université d'Abomey-Calavi", country: 'Bénin' }],
    ['signature-role-programme-trinidad.eml', { name: 'Marisa Baptiste', affiliation: 'CARICOM IMPACS', country: 'Trinidad and Tobago' }],
    ['signature-spanish-cordialmente.eml', { name: 'Andrés Felipe Gómez Restrepo', affiliation: 'Ministerio de Tecnologías de la Información y las Comunicaciones', country: 'Colombia' }],
    ['signature-no-closing-fellow-programme.eml', { name: 'Ananya Krishnan', affiliation: 'Centre for Digital Statecraft', country: 'India' }],
    ['signature-tongan-closing.eml', { name: 'Sione Taufa', affiliation: 'Pacific Islands Telecommunications Association (PITA)', country: 'Fiji' }],
    ['signature-french-salutations.eml', { name: 'Youssef El Amrani', affiliation: "Ministère de la Transition numérique et de la Réforme de l'Administration", country: 'Maroc' }],
    ['qa-markers-next-line.eml', { name: 'Marcus J. Whitfield', affiliation: 'Open Networks Alliance', country: 'USA' }],
    // "Title | Titre" lines too long for a signature line in one language, an organisation with no organisation word, the country in the street address
    ['signature-bilingual-pipe-address.eml', { name: 'Marie Claes', affiliation: 'Foreign Affairs Belgium', country: 'Belgium' }],
    // "Ana" under the letter: the sender's full name, and no country from "Sent from my iPhone"
    ['signature-first-name-mobile.eml', { name: 'Ana Lúcia Ferreira', affiliation: 'Instituto Brasileiro de Direitos Digitais', country: null }],
  ])('%s', async (file, want) => {
    const m = await parse(file);
    expect(m.contributor).toMatchObject({ ...want, anonymous: false });
  });

  it('keeps anonymous the sender of a request wrapped over two lines, and keeps the name out of the evidence', async () => {
    const m = await parse('signature-anonymous-wrapped-request.eml');
    expect(m.contributor).toMatchObject({ anonymous: true, name: null, affiliation: 'Nusantara CSIRT Coordination Centre', country: 'Malaysia' });
    expect(m.contributorEvidence?.anonymous?.snippet).toMatch(/please leave me and my team's name out of it/);
    expect(JSON.stringify(m.contributorEvidence)).not.toMatch(/Rizal|Hakim/);
  });
});
