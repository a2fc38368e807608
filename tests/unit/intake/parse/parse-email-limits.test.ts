import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../src/core/catalog/catalog-snapshot.js';
import { parseEmail } from '../../../../src/intake/parse/parse-email.js';
import { loadCatalog } from '../../../helpers/load-catalog.js';
import { mailWithPdf, makePdfBomb } from '../../../helpers/make-pdf-bomb.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('parseEmail with a document over the limits', () => {
  it('reads the body, warns that the PDF bomb was stopped, and parses the next message', async () => {
    const bomb = makePdfBomb({ unit: 'BT (A) Tj ET\n', repeat: 1_250_000, copies: 200 });
    const m = await parseEmail(mailWithPdf('bomb.pdf', bomb), { catalog });
    expect(m.agreements.map((a) => a.name)).toEqual(['Christchurch Call']);
    expect(m.warnings.map((w) => w.code)).toEqual(['pdf-too-large']);
    expect(m.warnings[0]!.message).toMatch(/^bomb\.pdf asks for 3099 MB of decompressed content/);

    const next = await parseEmail(Buffer.from('From: b@example.org\r\nSubject: next\r\nContent-Type: text/html\r\n\r\n<p>Name of agreement: Paris Call</p>'), { catalog });
    expect([next.agreements.map((a) => a.name), next.warnings]).toEqual([['Paris Call'], []]);
  });
});
