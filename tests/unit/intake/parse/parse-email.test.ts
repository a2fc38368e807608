import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../src/core/catalog/catalog-snapshot.js';
import { ParsedMessageSchema, type ParsedMessage } from '../../../../src/core/contribution/parsed-message.js';
import { notDrafted, parseEmail } from '../../../../src/intake/parse/parse-email.js';
import { loadCatalog } from '../../../helpers/load-catalog.js';

const dir = path.resolve(import.meta.dirname, '../../../fixtures/mail');
let catalog: CatalogSnapshot;
const parse = (name: string): Promise<ParsedMessage> => parseEmail(fs.readFileSync(path.join(dir, name)), { catalog, now: new Date('2026-01-01T00:00:00Z') });
const codes = (m: ParsedMessage) => m.warnings.map((w) => w.code);

beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('parseEmail', () => {
  it('reads the three agreements of the seed contribution and none of Annex A', async () => {
    const m = await parse('seed-aspi-inline.eml');
    expect(m.kind).toBe('contribution');
    expect(m.agreements.map((a) => [a.name.slice(0, 30), a.launchYear])).toEqual([
      ["subsequent chairs' statements ", 2016],
      ["EAS leader's statement on deep", 2018],
      ['Boe Declaration on Regional Se', 2018],
    ]);
    expect(m.agreements[2]!.maintainer).toBe('Forum Secretariat');
    expect(m.contributor).toMatchObject({ name: 'Bart Hogeveen', country: 'Australia', email: 'barthogeveen@aspi.org.au', anonymous: false });
  });

  it('keeps the call text out of the free answers', async () => {
    const m = await parse('seed-aspi-inline.eml');
    expect(Object.keys(m.answers)).toEqual(['1', '2', '4', '5']);
    expect(m.answers['1']).toMatch(/^ASPI signed the Paris Call in 2018/);
    expect(m.answers['5']).not.toMatch(/We welcome your comments/);
    expect(Object.values(m.answers).join(' ')).not.toMatch(/Annex A|Antalya|You are welcome to remain anonymous/);
  });

  it('does not take the call\'s "remain anonymous" for a request', async () => {
    expect((await parse('seed-aspi-inline.eml')).contributor.anonymous).toBe(false);
  });

  it('records the snippet and confidence each field was read from', async () => {
    const a = (await parse('seed-aspi-inline.eml')).agreements[0]!;
    expect(a.evidence.launchYear).toEqual({ value: 2016, snippet: 'Date of launch: from 2016', confidence: 0.8 });
    expect(a.evidence.name?.confidence).toBe(1);
  });

  it('reads the same contribution from a Word attachment', async () => {
    const m = await parse('seed-aspi-docx.eml');
    expect(m.parts).toEqual(['text/plain', 'attachment:ASPI contribution BPF 2020.docx']);
    expect(m.agreements).toHaveLength(3);
    expect(m.contributor.affiliation).toBe('Australian Strategic Policy Institute, International Cyber Policy Centre');
  });

  it('reads a French contribution with accents, bold labels and a French quoted reply', async () => {
    const m = await parse('fr-inline-reply.eml');
    expect(m.agreements.map((a) => a.name)).toEqual(["Appel de Paris pour la confiance et la sécurité dans le cyberespace", "Charte de l'OCDE sur la sécurité numérique"]);
    expect(m.agreements.map((a) => a.launchDate)).toEqual(['2018-11-12', '2014-06']);
    expect(m.agreements[0]).toMatchObject({ maintainer: "Ministère de l'Europe et des Affaires étrangères", maintainerContact: 'appel-de-paris@diplomatie.example' });
    expect(m.contributor).toMatchObject({ name: 'Céline Martin', affiliation: 'Observatoire français de la cybersécurité', country: 'France' });
  });

  it('matches a contributed agreement against the catalog', async () => {
    const m = await parse('fr-inline-reply.eml');
    expect(m.agreements[0]!.catalogMatch?.agreementId).toBe(22);
  });

  it('suggests GGE norms and norm elements with the sentence they came from', async () => {
    const a = (await parse('fr-inline-reply.eml')).agreements[0]!;
    expect(a.normElements.map((s) => s.id)).toContain('2.1');
    expect(a.normElements.find((s) => s.id === '2.1')!.sentence).toBe('protection des infrastructures critiques');
    expect(a.ggeNorms.map((s) => s.id)).toContain('13g');
  });

  it('reads a docx made with a two-column table and bold labels', async () => {
    const m = await parse('docx-attachment.eml');
    expect(m.agreements.map((a) => a.name)).toEqual(['Cybersecurity Tech Accord', 'Global Forum on Cyber Expertise Delhi Communique']);
    expect(m.agreements[0]).toMatchObject({ launchYear: 2018, signatories: ['https://cybertechaccord.org/signatories/'], maintainerContact: 'info@techaccord.example' });
    expect(m.contributor).toMatchObject({ name: 'Priya Raman', affiliation: 'Centre for Internet Policy, Bangalore', country: 'India' });
    // read from the document's Name row, not guessed from the From header (0.5)
    expect(m.contributorEvidence?.name?.confidence).toBeGreaterThan(0.5);
  });

  it('reads a PDF attachment', async () => {
    const m = await parse('pdf-attachment.eml');
    expect(m.agreements[0]).toMatchObject({ name: 'Mutually Agreed Norms for Routing Security (MANRS)', launchYear: 2014, maintainer: 'Internet Society' });
    expect(m.contributor.name).toBe('Tomasz Nowak');
  });

  it('warns about a password-protected PDF and still reads the body', async () => {
    const m = await parse('pdf-encrypted.eml');
    expect(codes(m)).toEqual(['pdf-encrypted']);
    expect(m.agreements[0]!.name).toBe('Budapest Convention on Cybercrime');
  });

  it('recurses into a forwarded message/rfc822 and credits its author', async () => {
    const m = await parse('forwarded-rfc822.eml');
    expect(m.parts).toContain('message/rfc822 > text/html');
    expect(m.agreements[0]).toMatchObject({ launchDate: '2014-06-27', maintainer: 'African Union Commission' });
    expect(m.agreements[0]!.signatories[0]).toMatch(/^https:\/\/au\.int\//);
    expect(m.contributor).toMatchObject({ name: 'Kwame Mensah', country: 'Ghana', email: 'kwame@afcert.example' });
  });

  it('credits the author of a forward whose Outlook header has no "Forwarded message" line, with the author\'s address', async () => {
    const m = await parse('forwarded-outlook-header.eml');
    expect(m.contributor).toMatchObject({ name: 'Tomás Ibarra', affiliation: 'Red Cívica Digital', country: 'Uruguay', email: 't.ibarra@redcivica.example' });
    expect(m.agreements.map((a) => a.name)).toEqual(['Montevideo Commitment on Open and Secure Networks']);
  });

  it('keeps named a contributor whose letter says a text "ne figure pas" in the annex', async () => {
    const m = await parse('fr-text-not-in-annex.eml');
    expect(m.contributor).toMatchObject({ anonymous: false, name: 'Idrissa Koné', affiliation: 'Observatoire ivoirien du numérique' });
    expect(m.contributorEvidence?.anonymous).toBeUndefined();
    expect(m.agreements).toHaveLength(2);
  });

  it('drops the name of a contributor who asks to stay anonymous', async () => {
    const m = await parse('anonymous-request.eml');
    expect(m.contributor).toMatchObject({ anonymous: true, name: null });
    expect(m.contributorEvidence?.anonymous?.snippet).toMatch(/please keep me anonymous/);
  });

  it('makes one agreement per row of a table of agreements', async () => {
    const m = await parse('table-several.eml');
    expect(m.agreements.map((a) => [a.name, a.launchYear, a.maintainer])).toEqual([
      ['Paris Call for Trust and Security in Cyberspace', 2018, 'French Ministry for Europe and Foreign Affairs'],
      ['Charter of Trust', 2018, 'Siemens AG'],
      ['Contract for the Web', 2019, 'World Wide Web Foundation'],
    ]);
    expect(m.contributor.name).toBe('Maria Rossi');
  });

  it('classifies a delivery-status report as a bounce without agreements', async () => {
    const m = await parse('bounce-dsn.eml');
    expect([m.kind, m.agreements.length]).toEqual(['bounce', 0]);
  });

  it('classifies an Auto-Submitted mail as an auto-reply', async () => {
    const m = await parse('auto-submitted.eml');
    expect([m.kind, m.kindReason]).toEqual(['auto-reply', 'Auto-Submitted: auto-replied']);
  });

  it('takes a newsletter (Precedence: bulk, List-Id) for "other", without drafts from its agreement box', async () => {
    const m = await parse('newsletter-bulk.eml');
    expect([m.kind, m.kindReason, m.agreements]).toEqual(['other', 'list mail (Precedence: bulk)', []]);
  });

  it('lists no mention of an agreement the same mail contributes as a draft', async () => {
    const body = ['Name of the agreement: Charter of Trust', 'Year of launch: 2018', '', 'Our association would like to suggest a closer look at the Charter of Trust. We also follow the Paris Call.'].join('\r\n');
    const m = await parseEmail(Buffer.from(`From: a@example.org\r\nTo: bpf@example.org\r\nSubject: contribution\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`), { catalog });
    expect(m.agreements.map((a) => a.catalogMatch?.agreementId)).toEqual([23]);
    expect(m.mentions?.map((x) => x.agreementId)).toEqual([22]);
  });

  it('keeps the ASCII apostrophe in names and maintainers typed with a typographic one (Apple Mail, Word)', async () => {
    const body = ['Nom de l\u2019accord : Déclaration d\u2019Abidjan sur la cybersécurité', 'Organisation qui gère l\u2019accord : Conseil de l\u2019Europe', 'Parties : les États membres de la CEDEAO et la Côte d\u2019Ivoire'].join('\r\n');
    const m = await parseEmail(Buffer.from(`From: a@example.org\r\nTo: bpf@example.org\r\nSubject: contribution\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`), { catalog });
    expect(m.agreements.map((a) => [a.name, a.maintainer, a.parties])).toEqual([
      ["Déclaration d'Abidjan sur la cybersécurité", "Conseil de l'Europe", "les États membres de la CEDEAO et la Côte d'Ivoire"],
    ]);
  });

  it('names each agreement by the bullet its fields are nested under, in text and in HTML lists', async () => {
    const html = [
      '<p>Our lab suggests:</p><ul>',
      '<li>Lisbon Principles on Maritime Cyber Resilience<ul><li>adopted: June 2021</li><li>maintained by: the Atlantic Ports Cyber Forum</li></ul></li>',
      '<li><b>Nordic Statement on Securing Undersea Cables</b><ul><li>adopted: 2023</li><li>maintained by: Nordic Council of Ministers</li></ul></li>',
      '</ul><p>Best,<br>Priya Raman</p>',
    ].join('');
    const fromHtml = await parseEmail(Buffer.from(`From: a@example.org\r\nTo: bpf@example.org\r\nSubject: texts\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`), { catalog });
    for (const m of [await parse('bulleted-names-nested-fields.eml'), fromHtml]) {
      expect(m.agreements.map((a) => [a.name, a.launchYear, a.maintainer])).toEqual([
        ['Lisbon Principles on Maritime Cyber Resilience', 2021, 'the Atlantic Ports Cyber Forum'],
        ['Nordic Statement on Securing Undersea Cables', 2023, 'Nordic Council of Ministers'],
      ]);
      expect(codes(m)).not.toContain('agreement-without-name');
    }
  });

  it('drops a mention that names a draft by catalog id, by name or by its short form', () => {
    const mention = (name: string, agreementId: number | null) => ({ name, agreementId, sentence: '' });
    const drafts = [
      { name: 'Charter of Trust for a Secure Digital World', catalogMatch: { agreementId: 23, name: 'Charter of Trust', score: 1 } },
      { name: 'Kestrel Charter on Responsible State Behaviour', catalogMatch: null },
    ];
    const kept = notDrafted([mention('Siemens Charter of Trust', 23), mention('Kestrel Charter', null), mention('Kestrel', null), mention('Paris Call', 22), mention('Lagos Pact', null)], drafts);
    expect(kept.map((m) => m.name)).toEqual(['Paris Call', 'Lagos Pact']);
  });

  it('reads what it can of malformed MIME and warns about the broken part', async () => {
    const m = await parse('malformed-mime.eml');
    expect(m.agreements[0]).toMatchObject({ name: 'Budapest Convention on Cybercrime', launchYear: 2001 });
    expect(codes(m)).toContain('pdf-unreadable');
  });

  it('warns about an unknown charset and decodes it best-effort', async () => {
    const m = await parse('unknown-charset.eml');
    expect(codes(m)).toEqual(['unknown-charset']);
    expect(m.agreements[0]).toMatchObject({ name: 'Declaración de Santo Domingo', maintainer: 'Secretaría de la OEA' });
    expect(m.contributor.country).toBe('México');
  });

  it('returns "other" with a warning for an empty mail', async () => {
    const m = await parse('empty.eml');
    expect([m.kind, codes(m)]).toEqual(['other', ['empty-message']]);
  });

  it.each([
    ['docx-corrupt.eml', 'docx-unreadable'],
    ['docx-zip-bomb.eml', 'docx-too-large'],
    ['docx-zip-bomb-lying.eml', 'docx-too-large'],
    ['docx-encrypted.eml', 'docx-encrypted'],
  ])('warns about %s and still parses the body', async (file, code) => {
    const m = await parse(file);
    expect(codes(m)).toEqual([code]);
    expect(m.agreements[0]!.name).toBe('Joint Communication on Resilience, Deterrence and Defence');
    expect(m.contributor.name).toBe('Eva Novak');
  });

  it('reads answers written under quoted labels of a Spanish reply', async () => {
    const m = await parse('es-interleaved-reply.eml');
    expect(m.agreements).toHaveLength(1);
    expect(m.agreements[0]).toMatchObject({ name: 'Declaración de Lima sobre ciberseguridad regional', launchDate: '2019-03', maintainer: 'Secretaría Técnica del Foro Andino' });
    expect(m.contributor).toMatchObject({ name: 'Sofía Gómez', affiliation: 'Universidad de Chile', country: 'Chile' });
  });

  it('ignores the quoted original below an Outlook reply', async () => {
    const m = await parse('outlook-top-posted.eml');
    expect(m.agreements.map((a) => a.name)).toEqual(['Copenhagen Pledge on Tech for Democracy']);
  });

  it.each([
    ['To the members of the BPF:', 'We would like to propose the Lagos Pact on Cyber Norms, adopted in 2019 by ECOWAS ministers.', ['Lagos Pact on Cyber Norms', 2019, 'ECOWAS ministers']],
    ['Aux membres du BPF :', 'Nous proposons la Charte de Kestrel sur les câbles sous-marins, adoptée en 2022 par des opérateurs de câbles.', ['Charte de Kestrel sur les câbles sous marins', 2022, 'opérateurs de câbles']],
    ['A los miembros del BPF:', 'Les proponemos el Pacto de Lagos sobre normas cibernéticas, adoptado en 2019 por los ministros de la CEDEAO.', ['Pacto de Lagos sobre normas cibernéticas', 2019, 'ministros de la CEDEAO']],
  ])('reads the salutation %j to a group as no label: the letter under it is no nameless agreement', async (salutation, sentence, want) => {
    const raw = `From: Sam Okafor <sam@netsafe.example>\r\nTo: bpf@example.org\r\nSubject: Contribution\r\nMessage-ID: <g@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${salutation}\r\n${sentence}\r\n\r\nBest regards,\r\nSam Okafor\r\n`;
    const m = await parseEmail(Buffer.from(raw), { catalog, now: new Date('2026-01-01T00:00:00Z') });
    expect(m.agreements.map((a) => [a.name, a.launchYear, a.parties])).toEqual([want]);
    expect(codes(m)).not.toContain('agreement-without-name');
  });

  it('never throws on garbage and always returns a valid ParsedMessage', async () => {
    for (const raw of [Buffer.alloc(0), Buffer.from([0, 1, 2, 255, 254]), Buffer.from('Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n--x--'), Buffer.alloc(70_000, 0x3e)]) {
      const m = await parseEmail(raw, { catalog });
      expect(ParsedMessageSchema.safeParse(m).success).toBe(true);
    }
  });
});

describe('parseEmail on large input', () => {
  let catalog: CatalogSnapshot;
  beforeAll(async () => {
    catalog = await loadCatalog();
  });

  it('truncates an over-long body with a warning and still reads its start', async () => {
    const body = `Name of agreement: Paris Call\r\nDate of launch: 2018\r\n${'> quoted line of an old thread\r\n'.repeat(20_000)}`;
    const m = await parseEmail(Buffer.from(`From: a@b.org\r\nSubject: big\r\nContent-Type: text/plain\r\n\r\n${body}`), { catalog });
    expect(m.warnings.map((w) => w.code)).toEqual(['text-truncated']);
    expect(m.agreements.map((a) => a.name)).toEqual(['Paris Call']);
  });
});

describe('parseEmail on the bare call', () => {
  it('calls a mail that only pastes the empty call "other"', async () => {
    const catalog = await loadCatalog();
    const call = 'Please find below the list of questions.\r\n- **Name of agreement:**\r\n- **Date of launch:**\r\n\r\nAbout you\r\nName\r\nAffiliation\r\nCountry\r\n';
    const m = await parseEmail(Buffer.from(`From: a@b.org\r\nSubject: call\r\nContent-Type: text/plain\r\n\r\n${call}`), { catalog });
    expect([m.kind, m.agreements.length]).toEqual(['other', 0]);
  });
});
