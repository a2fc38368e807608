import { describe, expect, it } from 'vitest';
import { isAnonymousRequest } from '../../../../src/intake/parse/is-anonymous-request.js';

describe('isAnonymousRequest', () => {
  it.each([
    'Please keep me anonymous.',
    'I wish to remain anonymous',
    "We'd prefer to stay anonymous in the report",
    'Je souhaite rester anonyme.',
    "Merci de garder ma contribution anonyme",
    'Deseo permanecer anónimo',
    'Por favor mantener mi nombre en el anonimato',
  ])('hears %j', (text) => {
    expect(isAnonymousRequest(text)).toBe(true);
  });

  it.each(['You are welcome to remain anonymous should you prefer to do so.', 'Anonymous reporting channels exist in the CERT community.'])('does not hear %j', (text) => {
    expect(isAnonymousRequest(text)).toBe(false);
  });
});
