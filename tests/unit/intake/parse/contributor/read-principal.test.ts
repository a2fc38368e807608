import { describe, expect, it } from 'vitest';
import { readPrincipal } from '../../../../../src/intake/parse/contributor/read-principal.js';

describe('readPrincipal', () => {
  // the words are looked for alone before the pattern with its look-behind: any case, accents, a later paragraph
  it('reads the principal whatever the case of "on behalf of", and in a later paragraph', () => {
    expect(readPrincipal(['I write ON BEHALF OF Professor Ana Ruiz (Director, Centre for Law, University of Lima, Lima, Peru).'])).toMatchObject({
      name: 'Ana Ruiz',
      affiliation: 'Centre for Law, University of Lima',
      country: 'Peru',
    });
    expect(readPrincipal(['Notes first.', 'Je vous écris au nom du Professeur Paul Martin, Directeur, Institut Z, Dakar, Sénégal.'])).toMatchObject({
      name: 'Paul Martin',
      affiliation: 'Institut Z',
      country: 'Sénégal',
    });
  });

  it('leaves the stop ending the sentence out of the name, and keeps the sentence whole', () => {
    expect(readPrincipal(['Escribo en nombre de la Dra. Inés Soto.'])).toEqual({ name: 'Inés Soto', affiliation: null, country: null, snippet: 'Escribo en nombre de la Dra. Inés Soto' });
    expect(readPrincipal(['Hello. I write on behalf of Dr J. R. Smith.'])).toMatchObject({ name: 'J. R. Smith', snippet: 'I write on behalf of Dr J. R. Smith' });
  });

  it('takes "nom de" inside another word for no "au nom de"', () => {
    expect(readPrincipal(['The bureau nom de plume of Dr Ana Ruiz.'])).toBeNull();
  });
});
