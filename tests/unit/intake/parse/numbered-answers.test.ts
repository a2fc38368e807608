import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../src/core/catalog/catalog-snapshot.js';
import type { ParsedMessage } from '../../../../src/core/contribution/parsed-message.js';
import { parseEmail } from '../../../../src/intake/parse/parse-email.js';
import { loadCatalog } from '../../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
const now = new Date('2026-12-01T00:00:00Z');
const fixture = (name: string) => parseEmail(fs.readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/mail', name)), { catalog, now });
const parse = (body: string) =>
  parseEmail(Buffer.from(`From: Ana Ruiz <ana@example.org>\r\nTo: bpf@example.org\r\nSubject: BPF contribution\r\nMessage-ID: <n@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`), { catalog, now });
const facts = (m: ParsedMessage) => m.agreements.map((a) => [a.name, a.launchYear, a.parties, a.maintainer, a.signatories]);
const codes = (m: ParsedMessage) => m.warnings.map((w) => w.code);

describe('answers given as numbered paragraphs without the call\'s labels', () => {
  it('reads a Spanish letter\'s answers 1-4: the new agreement it takes part in and the one it proposes are drafts with their facts', async () => {
    const m = await fixture('es-numbered-answers.eml');
    expect(m.kind).toBe('contribution');
    expect(Object.keys(m.answers)).toEqual(['1', '2', '4']);
    expect(m.answers['2']).toMatch(/^Hemos implementado un programa/);
    expect(facts(m)).toEqual([
      ['Principios Andinos para la Seguridad de los Cables Submarinos (PASCS)', 2017, 'operadores de red y empresas de telecomunicaciones de la región', 'Comunidad Andina', []],
      ['Resolución 130 de la Conferencia de Plenipotenciarios de la UIT', 2006, 'Estados Miembros de la UIT', null, ['https://www.itu.int/pp/res130']],
    ]);
    expect(m.agreements.map((a) => [a.source, a.catalogMatch])).toEqual([['prose', null], ['prose', null]]);
    expect(m.agreements[1]!.normElements.map((e) => e.id)).toContain('2.1');
    // the greeting "Estimados miembros del BPF:" is no parties label: no nameless draft
    expect(codes(m)).not.toContain('agreement-without-name');
    expect(m.contributor).toMatchObject({ name: 'Lucía Ferrer', affiliation: 'Red Andina de Telecomunicaciones', country: 'Perú' });
  });

  it('reads a French letter\'s answer 1 naming a catalog agreement as an endorsement, and answer 3 as a proposal without a proposing verb', async () => {
    const m = await fixture('fr-numbered-answers.eml');
    expect(facts(m)).toEqual([
      ["Normes de Tunis pour la sécurité des systèmes d'information hospitaliers", 2020, 'ministères de la santé du Maghreb', 'Organisation maghrébine de la santé', []],
    ]);
    expect(m.agreements[0]!.normElements.map((e) => e.id)).toContain('2.1');
    expect(m.mentions?.map((x) => x.agreementId)).toEqual([22]);
    expect(m.answers['1']).toMatch(/^Oui, notre association a signé l'Appel de Paris/);
    expect(m.answers['2']).toMatch(/^Nous avons mis en œuvre/);
  });

  it('takes a numbered paragraph whose words answer a later question for that question (question 2 skipped)', async () => {
    const m = await parse(
      [
        'Dear BPF team,',
        '',
        '1. Yes. Since 2018 our company has been a member of the Nordic Charter for Secure Industrial Automation, a 2016 initiative that brings together manufacturers and grid operators of the Nordic countries; it is maintained by the Nordic Council of Ministers.',
        '',
        '2. We would also suggest the Pacific Guidelines on Cyber Incident Cooperation, adopted in 2021 by the Pacific CERTs.',
        '',
        'Kind regards,',
        'Ana Ruiz',
      ].join('\n'),
    );
    expect(Object.keys(m.answers)).toEqual(['1']);
    expect(facts(m)).toEqual([
      ['Nordic Charter for Secure Industrial Automation', 2016, 'manufacturers and grid operators of the Nordic countries', 'Nordic Council of Ministers', []],
      ['Pacific Guidelines on Cyber Incident Cooperation', 2021, 'Pacific CERTs', null, []],
    ]);
  });

  it('leaves a numbered list that answers no question as the letter\'s own list', async () => {
    const m = await parse(
      ['Hello,', '', 'Two texts we would like to see in the study:', '', '1. The Lagos Pact on Cyber Norms, adopted in 2019 by ECOWAS ministers.', '2. The Kestrel Charter on Undersea Cables, adopted in 2022 by cable operators.', '', 'Best,', 'Ana'].join('\n'),
    );
    expect(m.answers).toEqual({});
    expect(m.agreements.map((a) => [a.name, a.launchYear])).toEqual([
      ['Lagos Pact on Cyber Norms', 2019],
      ['Kestrel Charter on Undersea Cables', 2022],
    ]);
  });

  it.each([
    [
      'three requests whose items share one word with the questions ("member", "training", "thank")',
      [
        'Dear colleagues,',
        '',
        'Three things we hope the BPF will do next year:',
        '',
        '1. Invite more member states from the Pacific to the meetings.',
        '2. Publish the training materials in French and Spanish.',
        '3. Thank the volunteers who translated the background paper.',
        '',
        'Best,',
        'Tomas Berg',
      ],
    ],
    [
      'three requests, the first asking others to sign an agreement ("sign" is no signature of the sender\'s)',
      [
        'Dear colleagues,',
        '',
        'Three things we hope the BPF will do next year:',
        '',
        '1. Encourage more states to sign the Paris Call.',
        '2. Publish the training materials in French and Spanish.',
        '3. Thank the volunteers who translated the background paper.',
        '',
        'Best,',
        'Tomas Berg',
      ],
    ],
    [
      'a French list of priorities ("participants", "projets", "merci")',
      [
        'Bonjour,',
        '',
        'Nos priorités pour la réunion de Kyoto :',
        '',
        '1. Donner la parole aux participants du Sud.',
        '2. Présenter les projets de recherche des universités.',
        '',
        'Merci,',
        'Inès Kaci',
      ],
    ],
    [
      'a Spanish agenda ("miembros", "programa")',
      ['Hola:', '', 'Propuesta de agenda:', '', '1. Presentación de los miembros nuevos.', '2. Revisión del programa del foro.', '', 'Saludos,', 'Ana Ruiz'],
    ],
  ])('reads no answers in %s', async (_, lines) => {
    const m = await parse(lines.join('\n'));
    expect(m.answers).toEqual({});
  });

  it('keeps a numbered list under a labelled question in that question\'s answer', async () => {
    const m = await parse(
      [
        '3. Are you aware of any other cybersecurity agreements that describe specific norms in cyberspace?',
        '',
        '1. The Kestrel Charter on Undersea Cables, signed in 2020 by cable operators.',
        '2. The Lagos Pact on Cyber Norms, adopted in 2019 by ECOWAS ministers.',
        '',
        'Ana',
      ].join('\n'),
    );
    // read as answers 1 and 2, the signed charter would be the sender's endorsement and the pact an answer about projects
    expect(m.answers).toEqual({});
    expect(m.agreements.map((a) => [a.name, a.launchYear, a.parties])).toEqual([
      ['Kestrel Charter on Undersea Cables', 2020, 'cable operators'],
      ['Lagos Pact on Cyber Norms', 2019, 'ECOWAS ministers'],
    ]);
  });

  it('drafts an agreement the catalog lacks that answer 1 says the sender signed, even with no facts about it', async () => {
    const m = await parse(['Hello,', '', '1. Yes, we are a signatory of the Baltic Pledge on Port Cybersecurity.', '2. We run a training programme for port operators.', '', 'Kim Lee'].join('\n'));
    expect(m.agreements.map((a) => [a.name, a.source])).toEqual([['Baltic Pledge on Port Cybersecurity', 'prose']]);
    expect(m.mentions).toEqual([]);
  });

  it('reads the answers of an HTML numbered list the same way (French, "dont font partie", "que gère")', async () => {
    const html = [
      '<p>Chers collègues,</p><ol>',
      "<li>Oui. Notre entreprise participe depuis 2020 aux Principes de Genève pour la sécurité des objets connectés, une initiative de 2018 dont font partie des fabricants européens, et que gère la Fondation Genève Numérique.</li>",
      '<li>Nous avons mis en œuvre un programme de formation.</li>',
      '<li>Nous suggérons la Déclaration de Rabat sur la cybersécurité des hôpitaux, adoptée en 2021 par les ministres de la santé du Maghreb.</li>',
      '</ol><p>Cordialement,<br>Kim Lee</p>',
    ].join('');
    const m = await parseEmail(Buffer.from(`From: kim@example.org\r\nTo: bpf@example.org\r\nSubject: BPF\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`), { catalog, now });
    expect(Object.keys(m.answers)).toEqual(['1', '2']);
    expect(facts(m)).toEqual([
      ['Principes de Genève pour la sécurité des objets connectés', 2018, 'fabricants européens', 'Fondation Genève Numérique', []],
      ['Déclaration de Rabat sur la cybersécurité des hôpitaux', 2021, 'ministres de la santé du Maghreb', null, []],
    ]);
  });

  it('reads replies numbered 1-5 that open with a signature of an agreement, each under its number, a "Yes." under the yes/no question of its number', async () => {
    const m = await parse(
      [
        'Dear colleagues,',
        '',
        'Please find our replies to the call below.',
        '',
        '1. Kenya signed the Paris Call for Trust and Security in Cyberspace in 2018',
        'and is a member of the Freedom Online Coalition.',
        '',
        '2. The national CIRT runs an awareness campaign every March.',
        '',
        '3. Yes. We would like to draw your attention to a recent regional instrument.',
        '',
        '4. Cyber hygiene of small hospitals is not addressed by any agreement.',
        '',
        '5. No further comments.',
        '',
        'Best regards,',
        'Wanjiru Kamau',
      ].join('\n'),
    );
    // answer 3 (other agreements) is read for drafts, not kept as text: its "Yes." is no answer to question 1
    expect(Object.keys(m.answers)).toEqual(['1', '2', '4', '5']);
    // the line that continues answer 1 is the sender's, though the call describes the Freedom Online Coalition in those words
    expect(m.answers['1']).toBe('Kenya signed the Paris Call for Trust and Security in Cyberspace in 2018\nand is a member of the Freedom Online Coalition.');
    expect(m.answers['5']).toBe('No further comments.');
  });
});

