import type { Agreement } from '../catalog/agreement.js';

/** "2018; multistakeholder; non-binding": the facts a list line shows about an agreement. */
export function describeAgreement(a: Agreement): string {
  return [a.year === null ? 'year unknown' : String(a.year), a.partiesKinds.join(' + '), a.binding].join('; ');
}

/** The first alias that reads as a name (not a document symbol) and is shorter than the name: for table columns. */
export function shortNameOf(a: Agreement): string {
  const alias = a.aliases.find((x) => x.length <= 40 && x.length < a.name.length && /[a-z]{3}/i.test(x) && !/[/]|\bNo\./.test(x));
  return alias ?? a.name;
}
