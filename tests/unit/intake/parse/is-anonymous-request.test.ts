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
    'Please do not publish my name.',
    "I'd rather not be named in the report",
    'Please take my name off the list',
    'I would prefer, if possible, not to be credited.',
    'Je préfère ne pas être nommé.',
    'Prefiero que no aparezca mi nombre.',
    'We ask that you withhold our identity',
  ])('hears %j', (text) => {
    expect(isAnonymousRequest(text)).toBe(true);
  });

  it.each([
    'You are welcome to remain anonymous should you prefer to do so.',
    'Anonymous reporting channels exist in the CERT community.',
    'I do not want to withdraw the submission, happy to be named.',
    'I would not change anything; please name me as the author.',
    'We did not sign it but we are named in the annex, please credit us.',
    "Je ne veux pas retirer ma contribution, mais vous pouvez citer mon nom.",
    'I would not have thought so many countries could be named in one pledge.',
  ])('does not hear %j', (text) => {
    expect(isAnonymousRequest(text)).toBe(false);
  });
});
