import type { CatalogSnapshot } from '../../src/core/catalog/catalog-snapshot.js';
import { syntheticAgreement } from './synthetic-catalog.js';

/**
 * Message `i` of a backlog that looks like the contribution mailbox: answers to the call inline or
 * in an HTML table, naming shipped agreements and agreements the catalog does not hold, and some
 * auto-replies. Every message is distinct (sender, dates, names), as real mail is.
 */
export function contributionMail(i: number, catalog: CatalogSnapshot): Buffer {
  const name = i % 2 === 0 ? catalog.agreements[i % catalog.agreements.length]!.name : syntheticAgreement(i, catalog.elements).name;
  const head = (type: string, extra = '') =>
    `From: Contributor ${i} <c${i}@example.test>\r\nTo: contribution@bpf.example\r\nSubject: BPF Cybersecurity contribution ${i}\r\nDate: Wed, 07 Oct 2020 16:00:00 +0000\r\nMessage-ID: <bench-${i}@example.test>\r\nMIME-Version: 1.0\r\nContent-Type: ${type}; charset=utf-8\r\n${extra}\r\n`;
  if (i % 10 === 9) return Buffer.from(`${head('text/plain', 'Auto-Submitted: auto-replied\r\n')}I am out of the office until Monday ${i}.\r\n`);
  if (i % 5 === 0) {
    return Buffer.from(
      `${head('text/html')}<p>Please find our contribution below.</p><table><tr><td>Name of the agreement</td><td>${name}</td></tr><tr><td>Date of launch</td><td>November ${2010 + (i % 12)}</td></tr><tr><td>Parties</td><td>States and companies</td></tr></table><p>About you</p><p>Name: Person ${i}<br>Affiliation: Institute ${i}<br>Country: Kenya</p>\r\n`,
    );
  }
  const body = [
    'Dear BPF team, here is our answer to the call for contributions.',
    '',
    `Name of the agreement: ${name}`,
    `Date of launch: from ${2005 + (i % 15)}`,
    'Parties: States of the region and civil society organisations',
    'Maintained by: the regional secretariat',
    'Does it include UN GGE norms: yes, it calls on states not to harm critical infrastructure and to protect supply chains.',
    '',
    'About you',
    `Name: Person ${i}`,
    `Affiliation: Institute ${i}`,
    'Country: Chile',
    '',
  ].join('\r\n');
  return Buffer.from(`${head('text/plain')}${body}`);
}
