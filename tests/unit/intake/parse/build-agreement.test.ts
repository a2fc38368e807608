import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../src/core/catalog/catalog-snapshot.js';
import { buildAgreement } from '../../../../src/intake/parse/build-agreement.js';
import type { AgreementField, RawAgreement } from '../../../../src/intake/parse/fields/read-questionnaire.js';
import { loadCatalog } from '../../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const NOW = new Date('2026-01-01T00:00:00Z');
const raw = (fields: Partial<Record<AgreementField, string>>): RawAgreement =>
  Object.fromEntries(Object.entries(fields).map(([k, value]) => [k, { value, snippet: value, confidence: 0.9, source: 'questionnaire' }]));
const build = (fields: Partial<Record<AgreementField, string>>) => buildAgreement(raw({ 'agreement.name': 'Accra Declaration', ...fields }), catalog, NOW);

describe('buildAgreement maintainer and contact', () => {
  it.each([
    ['ECOWAS Commission, Directorate of Telecommunications and IT\n(contact: digital@ecowas-digital.example)', 'ECOWAS Commission, Directorate of Telecommunications and IT', 'digital@ecowas-digital.example'],
    ['Telefónica S.A., Tel.: +34 91 482 00 00', 'Telefónica S.A., +34 91 482 00 00', null],
    ['Deutsche Telekom AG (e-mail: cert@telekom.example)', 'Deutsche Telekom AG', 'cert@telekom.example'],
    ['Secretaría Pro Tempore, Ministerio de Relaciones Exteriores (contacto: spt@minrel-cl.example)', 'Secretaría Pro Tempore, Ministerio de Relaciones Exteriores', 'spt@minrel-cl.example'],
    ['Contact Group on Cyber Norms, email: group@example.org', 'Contact Group on Cyber Norms', 'group@example.org'],
    ['Emailing Standards Board', 'Emailing Standards Board', null],
  ])('cuts only the contact labels out of %j', (value, maintainer, contact) => {
    const a = build({ 'agreement.maintainer': value });
    expect(a.maintainer).toBe(maintainer);
    expect(a.maintainerContact).toBe(contact);
  });

  it('keeps no bracket of the line a separate contact field was read from', () => {
    const a = build({ 'agreement.maintainer': 'ECOWAS Commission', 'agreement.contact': 'digital@ecowas-digital.example)' });
    expect(a.maintainerContact).toBe('digital@ecowas-digital.example');
    expect(build({ 'agreement.maintainer': 'ECOWAS Commission', 'agreement.contact': 'the Director)' }).maintainerContact).toBe('the Director');
  });
});

describe('buildAgreement catalog match', () => {
  it('does not match a new agreement that shares only common words with a catalog name', () => {
    expect(build({ 'agreement.name': 'Kestrel Charter on Responsible State Behaviour in Cyberspace' }).catalogMatch).toBeNull();
  });

  it.each([
    ['The Paris Call for Trust & Security in Cyberspace (2018)', 22],
    ['Appel de Paris pour la confiance et la sécurité dans le cyberespace', 22],
    ['African Union Convention', 8],
    ['G7 declaration', 18],
    ['Shanghai Cooperation Organisation agreement 2009', 2],
    ['GCSC norms', 30],
    ['OEWG report', 34],
    ['Declaration for the Future of the Internet (DFI)', 38],
  ])('matches %s by its name, an alias or a word only that agreement uses', (name, id) => {
    expect(build({ 'agreement.name': name }).catalogMatch?.agreementId).toBe(id);
  });
});
