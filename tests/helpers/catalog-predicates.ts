import type { Agreement, PartiesKind } from '../../src/core/catalog/agreement.js';
import type { CatalogSnapshot } from '../../src/core/catalog/catalog-snapshot.js';

/**
 * Expected answers computed from the catalog itself: question tables state what an answer must
 * list as a query over the shipped data, never as ids typed by hand.
 */
export type Expectation = (c: CatalogSnapshot) => readonly Agreement[];

export const covers = (a: Agreement, id: string): boolean => a.coverage.some((c) => c.element === id);
export const coversAny = (a: Agreement, ids: readonly string[]): boolean => ids.some((id) => covers(a, id));

const STATE_KINDS: readonly PartiesKind[] = ['states', 'regional organisation'];
/** every party is a state or a regional organisation of states */
export const stateOnly = (a: Agreement): boolean => a.partiesKinds.every((k) => STATE_KINDS.includes(k));
export const hasKind = (a: Agreement, ...kinds: PartiesKind[]): boolean => a.partiesKinds.some((k) => kinds.includes(k));
export const hasStateParties = (a: Agreement): boolean => hasKind(a, ...STATE_KINDS);
export const legallyBinding = (a: Agreement): boolean => a.binding === 'binding';
/** what members mean by "not binding": every known status short of a treaty */
export const notBinding = (a: Agreement): boolean => ['non-binding', 'voluntary', 'politically binding'].includes(a.binding);
export const maintainedBy = (a: Agreement, re: RegExp): boolean => re.test(a.maintainer);
export const adopted = (a: Agreement, min = -Infinity, max = Infinity): boolean => a.year !== null && a.year >= min && a.year <= max;

/** The agreements matching a test, in catalog order. */
export const where = (test: (a: Agreement) => boolean): Expectation => (c) => c.agreements.filter(test);

/** The agreements covering an element (any of several) that also pass a test. */
export const covering = (ids: string | readonly string[], test: (a: Agreement) => boolean = () => true): Expectation =>
  where((a) => coversAny(a, typeof ids === 'string' ? [ids] : ids) && test(a));

/** The agreements covering no element of a category ("without any restraint norms") that also pass a test. */
export const coveringNoneOfCategory = (categoryId: string, test: (a: Agreement) => boolean = () => true): Expectation => (c) =>
  c.agreements.filter((a) => !a.coverage.some((x) => c.elementById.get(x.element)?.categoryId === categoryId) && test(a));

/** The agreements reflecting a UN GGE 2015 norm: covering any element the norm maps to. */
export const reflectingGgeNorm = (letter: string, test: (a: Agreement) => boolean = () => true): Expectation => (c) => {
  const norm = c.ggeNorms.find((n) => n.letter === letter);
  return c.agreements.filter((a) => norm !== undefined && coversAny(a, norm.elements) && test(a));
};

/** Oldest first, undated last, then by id: the order lists are answered in. */
export const byYear = (list: readonly Agreement[]): Agreement[] => [...list].sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.id - b.id);

/** The agreement a name leads to in the catalog (by name or alias, exactly). */
export const named = (name: string): Expectation => (c) => c.agreements.filter((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase() === name.toLowerCase()));
