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
    // the sender after the "not", or the sender as its subject, in a sentence that also names a text
    'Nous présentons deux chartes, mais nous préférons ne pas être cités.',
    "Merci de ne pas m'identifier dans le rapport.",
    'We would prefer that the report not name us.',
    'Les textes sont joints ; merci de ne pas publier notre nom.',
    // an article before the "not" does not make a text its subject: the author, the name, the submission are the sender's
    'I would prefer that the author not be named.',
    'We ask that the submission be published without attribution.',
    "Je préfère que le nom de l'auteur ne soit pas publié.",
    'I would prefer that my name on the list not be published.',
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
    // what is not named or listed is a text, not the sender
    'Nous souhaitons vous signaler trois chartes régionales, dont une qui ne figure pas encore dans votre liste.',
    'Je vous signale la Charte de Tunis, qui n’est pas citée dans votre annexe.',
    'We would like to add the Kestrel Accord, which is not listed in your annex.',
    'Please note the Kestrel Accord is not mentioned in your annex.',
    'Quisiera proponer el Acuerdo de Quito, que no aparece en su lista.',
    'Por favor, consideren la Carta de Cusco que no figura en el anexo.',
  ])('does not hear %j', (text) => {
    expect(isAnonymousRequest(text)).toBe(false);
  });

  // the words a request needs are looked for before a sentence is tokenised: as the normal form has them
  it.each([
    'PLEASE KEEP ME ANONYMOUS.',
    'Please keep me_anonymous',
    'We attach three texts.\nI would rather NOT be NAMED.',
    'Je ne souhaite pas être IDENTIFIÉE dans le rapport.',
    'Por favor, no quiero que mi nombre sea PÚBLICO.',
    'Le texte est joint; je préfère rester ANONYME.',
  ])('hears %j whatever its case, accents and punctuation', (text) => {
    expect(isAnonymousRequest(text)).toBe(true);
  });

  it('does not take a naming word inside another word for one', () => {
    expect(isAnonymousRequest('Please do not list my 2names')).toBe(false);
  });

  it('reads a 200,000-word clause with no punctuation in one pass', () => {
    const clause = 'Please note that ' + 'the name is not listed '.repeat(200_000);
    expect(isAnonymousRequest(clause)).toBe(true);
    expect(isAnonymousRequest(`We would like to add ${'the accord which is not listed '.repeat(50_000)}`)).toBe(false);
  });
});
