import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { ask } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('evidence in answers', () => {
  it('quotes verbatim evidence once, in typographic quotes, after where it sits in the text', () => {
    const gge = catalog.agreementById.get(12)!;
    const link = gge.coverage.find((c) => c.evidenceKind === 'verbatim' && c.locator)!;
    const text = ask(catalog, 'What does the UN GGE 2015 report cover?').text;
    expect(text).toContain(`${link.locator}: \u201c${link.evidence}\u201d`);
    expect(text).not.toMatch(/\u201c"/);
  });

  it('shows paraphrases and remarks as notes, never as quotations', () => {
    const dfi = catalog.agreementById.get(38)!;
    const notes = dfi.coverage.filter((c) => c.evidenceKind === 'note');
    expect(notes.length).toBeGreaterThan(0);
    const text = ask(catalog, 'What does the Declaration for the Future of the Internet cover?').text;
    for (const c of notes) {
      expect(text).toContain(`Note: ${c.evidence}`);
      expect(text).not.toContain(`\u201c${c.evidence}`);
    }
  });

  it('labels each quotation in a comparison with its element, outside the quotation marks', () => {
    const paris = catalog.agreementById.get(22)!;
    const link = paris.coverage.find((c) => c.evidenceKind === 'verbatim' && c.locator)!;
    const text = ask(catalog, 'Compare the Paris Call and the Tech Accord').text;
    expect(text).toContain(`${link.element}, ${link.locator}: \u201c${link.evidence}\u201d`);
  });
});

describe('agreement facts', () => {
  it('says the kind of parties and the binding status once', () => {
    const text = ask(catalog, 'What does the Copenhagen Pledge cover?').text;
    const pledge = catalog.agreementById.get(37)!;
    expect(text).toContain(`Parties: ${pledge.partiesDetail}\n`);
    expect(text).toContain(`Binding: ${pledge.bindingDetail}\n`);
    expect(text).not.toMatch(/multistakeholder \(multistakeholder/);
  });
});
