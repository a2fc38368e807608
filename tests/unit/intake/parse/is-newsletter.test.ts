import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../src/core/catalog/catalog-snapshot.js';
import { isSubscriptionFooter } from '../../../../src/intake/parse/is-newsletter.js';
import { parseEmail } from '../../../../src/intake/parse/parse-email.js';
import { loadCatalog } from '../../../helpers/load-catalog.js';

// Mailings that reach the contribution address without List-Id or Precedence headers (a newsletter
// tool that sets none, a forward stripped of them): told by their subscription footer and by
// answering nothing of the call, in English, French and Spanish.
let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
const mail = (from: string, subject: string, body: string[]) =>
  parseEmail(Buffer.from(`From: ${from}\r\nTo: bpf@example.org\r\nSubject: ${subject}\r\nMessage-ID: <mailing@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.join('\r\n')}\r\n`), {
    catalog,
    now: new Date('2026-01-01T00:00:00Z'),
  });

describe('parseEmail takes a mailing without bulk headers for "other"', () => {
  it.each([
    [
      'Digital Policy Digest <digest@dpd.example>',
      'Digest #58: ransomware task force, Kestrel Charter',
      [
        'View this issue in your browser: https://dpd.example/58',
        '',
        'In this issue',
        '',
        '1. Kestrel Charter signed by nine island states. Date of launch: March 2021. Parties: nine Pacific island states. https://dpd.example/kestrel',
        '2. Counter-ransomware task force meets in Singapore. https://dpd.example/crti',
        '',
        'You received this digest because you subscribed at dpd.example. Manage preferences: https://dpd.example/prefs',
      ],
    ],
    [
      'La Lettre Cyber <lettre@cyberveille.example>',
      'La Lettre Cyber n°12',
      [
        'Au sommaire cette semaine',
        '',
        "- Appel de Paris : 1 200 soutiens. Date de lancement : 2018. Parties prenantes : États, entreprises. https://cyberveille.example/appel",
        '- Convention de Budapest : un deuxième protocole. https://cyberveille.example/budapest',
        '',
        'Se désabonner : https://cyberveille.example/desabonnement',
      ],
    ],
    [
      'Boletín CiberSur <boletin@cibersur.example>',
      'Boletín CiberSur, marzo',
      [
        'Noticias del mes',
        '',
        'Compromiso de Valparaíso: nueva reunión. Fecha de lanzamiento: 2019. Partes: Estados de la región. https://cibersur.example/valparaiso',
        '',
        'Si no desea recibir más este boletín, puede darse de baja aquí: https://cibersur.example/baja',
      ],
    ],
  ])('%s', async (from, subject, body) => {
    const m = await mail(from, subject, body);
    expect([m.kind, m.agreements]).toEqual(['other', []]);
  });

  it('keeps a contribution that signs with its details as one, whatever footer its mailing tool adds', async () => {
    const m = await mail('Ana Ruiz <ana@cibersur.example>', 'Aporte al BPF', [
      'Estimados:',
      '',
      'Nombre del acuerdo: Compromiso de Valparaíso sobre Ciberseguridad',
      'Fecha de lanzamiento: 2019',
      '',
      'Nombre: Ana Ruiz',
      'País: Chile',
      '',
      'Para darse de baja de nuestras comunicaciones: https://cibersur.example/baja',
    ]);
    expect(m.kind).toBe('contribution');
    expect(m.agreements.map((a) => [a.name, a.launchYear])).toEqual([['Compromiso de Valparaíso sobre Ciberseguridad', 2019]]);
  });

  it('keeps a filled form whose letter mentions a mailing list and a browser as a contribution', async () => {
    const m = await mail('Sara Lind <sara@nordcert.example>', 'Contribution', [
      'Hi all,',
      '',
      'We got your mailing on the call and received it with interest.',
      '',
      'Name of the agreement: Nordic CERT Cooperation Pledge',
      'Launch date: 2017',
      'The pledge text is online and opens in any web browser.',
      '',
      'Member teams may unsubscribe from the pledge mailing list whenever they like.',
      '',
      'Sara Lind',
      'Nordic CERT Forum, Oslo, Norway',
    ]);
    expect([m.kind, m.agreements.map((a) => [a.name, a.launchYear]), m.contributor.name]).toEqual(['contribution', [['Nordic CERT Cooperation Pledge', 2017]], 'Sara Lind']);
  });
});

describe('isSubscriptionFooter', () => {
  it.each([
    'Unsubscribe | Update preferences',
    'Vous recevez ce courriel car vous êtes abonné à la Lettre Cyber.',
    'Voir la version en ligne dans votre navigateur',
    'Ver este correo en el navegador',
    'Newsletter abbestellen',
    'Manage your subscription preferences: https://digest.example/prefs',
    'To stop these e-mails, unsubscribe here: https://digest.example/u/91',
    'You are receiving this e-mail because you signed up at digest.example',
  ])('reads a mailing footer in %s', (line) => {
    expect(isSubscriptionFooter(line)).toBe(true);
  });

  it.each([
    // a confidentiality disclaimer, common under a government's contribution
    'If you have received this email in error, please notify the sender and delete it.',
    'We receive many requests to join the Paris Call every year.',
    'Signatories: https://example.org/list (a link to the list, as requested)',
    // a letter's sentences that mention a mailing, a browser or unsubscribing
    'We received the secretariat\'s mailing about the call last week.',
    'The Geneva principles are published online and work in every browser.',
    'Participants can unsubscribe from the working group\'s mailing list whenever they wish.',
    'Wir haben Ihren Newsletter erhalten und senden gern unseren Beitrag.',
  ])('reads no mailing footer in %s', (line) => {
    expect(isSubscriptionFooter(line)).toBe(false);
  });
});
