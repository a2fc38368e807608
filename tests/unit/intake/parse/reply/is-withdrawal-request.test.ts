import { describe, expect, it } from 'vitest';
import { isAnonymousRequest } from '../../../../../src/intake/parse/is-anonymous-request.js';
import { isWithdrawalRequest } from '../../../../../src/intake/parse/reply/is-withdrawal-request.js';

describe('isWithdrawalRequest', () => {
  it.each([
    'Please withdraw my contribution.',
    'I would like to withdraw my submission.',
    'We hereby retract our proposal.',
    'Kindly delete everything I sent you.',
    'Je souhaite retirer ma contribution.',
    'Merci de supprimer mon envoi.',
    'Veuillez annuler ma proposition, svp.',
    'Por favor retiren mi contribución.',
    'Deseo retirar mi propuesta.',
    'Quisiera anular mi envío.',
  ])('hears %j', (sentence) => {
    expect(isWithdrawalRequest(sentence)).toBe(true);
  });

  it.each([
    'I do not want to withdraw my contribution.',
    'States may withdraw from the agreement.',
    'The contribution was withdrawn by the sender.',
    // a name taken back is anonymity, a field taken back is a correction
    'Please remove my name.',
    'Please remove the year from the draft.',
  ])('does not hear %j', (sentence) => {
    expect(isWithdrawalRequest(sentence)).toBe(false);
  });
});

describe('isAnonymousRequest, after the fact', () => {
  it.each(['Please remove my name from the catalog.', 'Merci de retirer mon nom.', 'Por favor borren mi nombre.', "Please don't publish my name."])('hears %j', (sentence) => {
    expect(isAnonymousRequest(sentence)).toBe(true);
  });

  it('does not hear a withdrawal of the contribution as anonymity', () => {
    expect(isAnonymousRequest('Please withdraw my contribution.')).toBe(false);
  });
});
