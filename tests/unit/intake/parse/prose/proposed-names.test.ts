import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../../src/core/catalog/catalog-snapshot.js';
import type { ParsedMessage } from '../../../../../src/core/contribution/parsed-message.js';
import { parseEmail } from '../../../../../src/intake/parse/parse-email.js';
import { loadCatalog } from '../../../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
const now = new Date('2026-12-01T00:00:00Z');
const parse = (body: string) =>
  parseEmail(Buffer.from(`From: someone@example.org\r\nTo: bpf@example.org\r\nSubject: a suggestion\r\nMessage-ID: <p@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDear BPF,\r\n\r\n${body}\r\n\r\nBest wishes\r\n`), { catalog, now });
const fixture = (name: string) => parseEmail(fs.readFileSync(path.resolve(import.meta.dirname, '../../../../fixtures/mail', name)), { catalog, now });
const drafts = (m: ParsedMessage) => m.agreements.map((a) => [a.name, a.launchYear]);
const mentioned = (m: ParsedMessage) => (m.mentions ?? []).map((x) => x.agreementId ?? x.name);

describe('which names a letter proposes', () => {
  it('drafts only the French letter\'s new charter; the Paris Call and the Malabo Convention it names in passing stay mentions', async () => {
    const m = await fixture('fr-prose-letter-in-passing.eml');
    expect(m.kind).toBe('contribution');
    expect(m.agreements.map((a) => [a.name, a.launchYear, a.parties, a.maintainer])).toEqual([
      ['Charte de Cotonou sur la confiance numérique', 2020, 'ministres chargés du numérique de huit États membres de l\'UEMOA', 'Commission de l\'UEMOA'],
    ]);
    // 'l'Appel de Paris' is the catalog's Paris Call by its French name (data/translated-names.json)
    expect(mentioned(m)).toEqual([22, 8]);
  });

  it.each([
    ['Like the Paris Call, the Kestrel Charter deserves a place in your study.'],
    ['Besides the Paris Call, I would suggest the Kestrel Charter.'],
    ['Comme l\'Appel de Paris, la Kestrel Charter mérite votre attention.'],
    ['Además del Convenio de Budapest, quisiera proponer la Kestrel Charter.'],
    ['I propose the Kestrel Charter, which complements the Paris Call.'],
  ])('drafts the agreement the proposal is about, not the one compared with: %j', async (letter) => {
    const m = await parse(letter);
    expect(m.agreements.map((a) => a.name)).toEqual(['Kestrel Charter']);
    expect(m.mentions).toHaveLength(1);
  });

  it('drafts every agreement of a proposed list', async () => {
    const m = await parse('We propose the Kestrel Charter and the Lagos Declaration on Cyber Hygiene for your study.');
    expect(m.agreements.map((a) => a.name)).toEqual(['Kestrel Charter', 'Lagos Declaration on Cyber Hygiene']);
  });

  it('splits two titles joined by "et de la" / "and the", each found on its own', async () => {
    const m = await parse('Au-delà de la Charte de Lomé et de la Déclaration de Niamey, je souhaite attirer votre attention sur la Charte de Dakar.');
    expect(m.agreements.map((a) => a.name)).toEqual(['Charte de Dakar']);
    expect(mentioned(m)).toEqual(['Charte de Lomé', 'Déclaration de Niamey']);
  });
});

describe('a question about the call', () => {
  it('reads the question to the organisers as "other", without drafts for the agreements it asks about', async () => {
    const m = await fixture('question-to-organisers.eml');
    expect([m.kind, m.agreements]).toEqual(['other', []]);
  });

  it('reads the sender\'s own questions as questions, not as the call\'s question 1 or a parties label', async () => {
    const m = await fixture('question-is-it-on-your-list.eml');
    expect([m.kind, m.agreements, m.answers]).toEqual(['other', [], {}]);
  });

  it.each([
    ['Should we propose the Kestrel Charter, launched in 2022, or only agreements on your list?'],
    ['We wonder whether we should suggest the Kestrel Charter, launched in 2022.'],
    ['¿Deberíamos proponer la Kestrel Charter, lanzada en 2022?'],
  ])('proposes nothing in %j', async (letter) => {
    expect(drafts(await parse(letter))).toEqual([]);
  });

  it('still takes an offer put as a question for a proposal', async () => {
    expect(drafts(await parse('May I suggest the Kestrel Charter, launched in 2022?'))).toEqual([['Kestrel Charter', 2022]]);
  });
});
