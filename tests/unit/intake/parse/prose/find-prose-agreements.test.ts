import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../../src/core/catalog/catalog-snapshot.js';
import { findProseAgreements } from '../../../../../src/intake/parse/prose/find-prose-agreements.js';
import { loadCatalog } from '../../../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
/** the names a paragraph read for its mentions only (a filled form's letter) gives */
const mentioned = (paragraph: string) => findProseAgreements([paragraph], catalog, ['mentions']).mentions.map((m) => m.name);

describe('titles in a paragraph read for its mentions', () => {
  // a paragraph and its sentences are read for titles only when a capitalised head word and another
  // capitalised word are in them, tested on the text as written: these sit on either side of that test
  it('finds a title of two capitalised words, whatever white space or hyphen joins them', () => {
    expect(mentioned('Our region follows the Boe Declaration on security.')).toEqual(['Boe Declaration']);
    expect(mentioned('Our region follows the Boe\tDeclaration\non security.')).toEqual(['Boe Declaration']);
    expect(mentioned('Our region follows the Boe-Declaration on security.')).toEqual(['Boe Declaration']);
    expect(mentioned('Our work follows the Biketawa Declaration, signed in 2000.')).toEqual(['Biketawa Declaration']);
  });

  it('finds none when the head word or the word before it is in lower case', () => {
    expect(mentioned('Our region follows the boe Declaration on security.')).toEqual([]);
    expect(mentioned('Our region follows the Kainaki-declaration on security.')).toEqual([]);
    expect(mentioned('Declaration of security in boe.')).toEqual([]);
  });

  it('reads a title with a digit, and titles in text with accents', () => {
    expect(mentioned('We use the Seoul Framework and its Code of Conduct.')).toEqual(['Seoul Framework', 'Code of Conduct']);
    expect(mentioned('Nous suivons la Charte de Lomé pour la confiance numérique.')).toEqual(['Charte de Lomé pour la confiance numérique']);
    expect(mentioned('Nous suivons la charte de Lomé.')).toEqual([]);
    expect(mentioned('Our region follows the G7 Declaration on security.')).toEqual(['G7 declaration on responsible state behaviour in cyberspace']);
  });

  // a title the catalog matcher already read as a catalog agreement is not looked up again: only one
  // that shares no word with a catalog match is a new name
  it('reads a title overlapping a catalog agreement as that agreement, and a title beside it as a new one', () => {
    expect(mentioned('ASPI signed the Paris Call in 2018.')).toEqual(['The Paris Call for Trust and Security in Cyberspace']);
    expect(mentioned('We signed the Paris Call Boe Declaration in 2018.')).toEqual(['The Paris Call for Trust and Security in Cyberspace']);
    expect(mentioned('We signed the Paris Call and the Boe Declaration in 2018.')).toEqual(['The Paris Call for Trust and Security in Cyberspace', 'Boe Declaration']);
  });
});

