import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../../src/core/catalog/catalog-snapshot.js';
import type { ParsedMessage } from '../../../../../src/core/contribution/parsed-message.js';
import { parseEmail } from '../../../../../src/intake/parse/parse-email.js';
import { loadCatalog } from '../../../../helpers/load-catalog.js';

const dir = path.resolve(import.meta.dirname, '../../../../fixtures/mail');
let catalog: CatalogSnapshot;
const parse = (name: string): Promise<ParsedMessage> => parseEmail(fs.readFileSync(path.join(dir, name)), { catalog, now: new Date('2026-01-01T00:00:00Z') });

beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('questionnaire layouts', () => {
  it('reads "Q: label" / "A: value" pairs as the fields of one agreement', async () => {
    const m = await parse('qa-markers-next-line.eml');
    expect(m.agreements).toHaveLength(1);
    expect(m.agreements[0]).toMatchObject({
      name: 'Declaration for the Future of the Internet (DFI)',
      launchYear: 2022,
      parties: '60 governments at launch, led by the United States and the European Union',
      signatories: ['https://www.state.gov/declaration-for-the-future-of-the-internet'],
      maintainer: 'U.S. Department of State, Bureau of Cyberspace and Digital Policy',
    });
    expect(m.agreements[0]!.catalogMatch?.agreementId).toBe(38);
  });

  it('takes the line after a label awaiting its value as that value, even with a colon and a label word in it', async () => {
    const m = await parse('es-next-line-value-with-colon.eml');
    expect(m.agreements).toHaveLength(1);
    expect(m.agreements[0]).toMatchObject({
      name: 'Compromiso de Valparaíso sobre Ciberseguridad y Cooperación Regional',
      launchYear: 2019,
      maintainer: 'Secretaría Pro Tempore del Compromiso, Ministerio de Relaciones Exteriores de Chile',
      maintainerContact: 'spt@minrel-cl.example',
    });
  });

  it('reads informal markdown labels: "Who\'s in it" as parties, a participants list as the signatories, and no catalog match for a new charter', async () => {
    const m = await parse('markdown-informal-labels.eml');
    expect(m.agreements.map((a) => [a.name, a.parties, a.signatories, a.catalogMatch?.agreementId ?? null])).toEqual([
      ['Mutually Agreed Norms for Routing Security', 'network operators, IXPs, CDN and cloud providers', ['https://www.manrs.org/netops/participants/'], 36],
      ['Kestrel Charter on Responsible State Behaviour in Cyberspace', 'eleven small island developing states, plus two observers', ['https://kestrelcharter.example/press'], null],
    ]);
  });
});
