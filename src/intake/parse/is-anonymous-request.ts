import { tokenize } from '../../core/text/normalize-text.js';
import { AGREEMENT_WORDS } from './reply/correction-vocabulary.js';
import { has, mayHave } from './word-family.js';

/**
 * A contributor's own request to stay anonymous, in English, French or Spanish, in any words:
 * the meanings below are word families (`x*` = any word starting with x), and a request needs the
 * sender speaking (first person or a polite request) so that the call's own "You are welcome to
 * remain anonymous", or "we are not named in the agreement", is not read as one.
 */
const ANONYMOUS = ['anonym*', 'anonim*', 'incognito'];
/** taking a name away: "remove my name", "take my name off", "retirez mon nom", "borren mi nombre" */
const REMOVAL = ['off', 'remov*', 'delet*', 'eras*', 'withdraw*', 'supprim*', 'retir*', 'effac*', 'enlev*', 'borr*', 'elimin*', 'quit*', 'suprim*'];
export const NEGATION = ['not', 't', 'no', 'never', 'ne', 'pas', 'sin', 'sans', 'without', 'ni', 'nunca', 'jamais', 'withhold*', 'omit*', 'omet*', 'omit', 'out'];
const PUBLISH = [
  'name', 'names', 'named', 'nom', 'nomm*', 'nombr*', 'identif*', 'identity', 'identite', 'identidad', 'cit*', 'mention*', 'mencion*', 'credit*',
  'publi*', 'attribu*', 'figur*', 'aparec*', 'appear*', 'disclos*', 'divulg*', 'revel*', 'reveal*', 'listed', 'acknowledg*', 'reconoc*',
];
export const REQUEST = [
  'rather', 'prefer*', 'prefier*', 'wish*', 'want', 'ask*', 'request*', 'please', 'would', 'd', 'like', 'merci', 'veuillez', 'souhait*', 'prie',
  'desea*', 'deseo', 'quier*', 'quisier*', 'solicit*', 'pido', 'ruego', 'favor', 'keep', 'kindly', 'do', 'don', 'mantener*', 'mantenga*', 'gard*', 'rester', 'remain',
];
export const SPEAKER = ['i', 'me', 'my', 'we', 'us', 'our', 'je', 'j', 'moi', 'mon', 'ma', 'mes', 'nous', 'notre', 'nos', 'yo', 'mi', 'mis', 'nuestro', 'nuestra', 'prefiero', 'deseo', 'quiero', 'solicito', 'pido', 'please', 'merci', 'veuillez', 'favor', 'kindly'];
/** "Name: prefer not to say": in a name field, declining to give one is enough */
const DECLINE = ['say', 'share', 'give', 'dire', 'donner', 'decir', 'dar', 'indicar', 'indiquer', 'provide'];

/** words that start a clause of their own: "I do not want to withdraw it, but happy to be named" */
const CONTRAST = new Set(['but', 'however', 'although', 'though', 'mais', 'cependant', 'pero', 'sino', 'aunque']);
/** how far apart, in words, "not" and "named" may be and still belong together */
const NEAR = 5;

/** True when the sentence (or any sentence of the text) asks that the sender stay anonymous. */
export function isAnonymousRequest(text: string): boolean {
  if (!mayNameSender(text)) return false;
  return text.split(/(?<=[.!?;])\s+|\n/).some((sentence) => {
    if (!mayNameSender(sentence)) return false;
    const t = tokenize(sentence);
    const speaks = has(SPEAKER, t);
    if (!speaks) return false;
    if (has(ANONYMOUS, t)) return true;
    // the "not" or "remove" must govern the naming: in the same clause, a few words apart, and of the sender
    return has(REQUEST, t) && clausesOf(sentence).some(withholdsSender);
  });
}

/** the words a request cannot do without: an anonymity word, or a naming word for the "not" to govern */
const REQUEST_NEEDS = [...ANONYMOUS, ...PUBLISH];
/** a text without one is no request, and is not tokenised sentence by sentence (most of a letter) */
const mayNameSender = (text: string) => mayHave(REQUEST_NEEDS, text);

/** The sentence's clauses (split at commas, colons and contrasting words), tokenized. */
function clausesOf(sentence: string): string[][] {
  const clauses: string[][] = [];
  for (const part of sentence.split(/[,:()]/)) {
    let clause: string[] = [];
    for (const w of tokenize(part)) {
      if (CONTRAST.has(w) && clause.length > 0) {
        clauses.push(clause);
        clause = [];
      }
      clause.push(w);
    }
    clauses.push(clause);
  }
  return clauses;
}

/** the sender, speaking of themselves: "my name", "nous", "mi nombre", "je préfère", "prefiero" */
const SENDER = [...SPEAKER.filter((w) => !['please', 'merci', 'veuillez', 'favor', 'kindly'].includes(w)), 'm', 'myself', 'ourselves'];
/**
 * Words that make someone or something else the subject of the "not": relative, third-person and
 * demonstrative pronouns ("dont une qui ne figure pas", "which is not listed", "que no aparece").
 * Articles are not among them: "the author not be named" is the sender, "the Accord is not named" is
 * a text, and the noun after the article tells which (TEXT_NOUN, SENDER_NOUN).
 */
const OTHER_SUBJECT = [
  'which', 'that', 'who', 'whose', 'it', 'this', 'these', 'those', 'they', 'he', 'she',
  'qui', 'que', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'il', 'elle', 'ils', 'elles', 'ce', 'cela', 'celui', 'celle',
  'cual', 'cuales', 'quien', 'quienes', 'ella', 'ellos', 'ellas', 'este', 'esta', 'estos', 'estas',
];
/** a text, a list or an annex as the subject: "the Kestrel Accord is not mentioned", "la Charte ... n'est pas" */
const TEXT_NOUN = [...AGREEMENT_WORDS, 'text', 'texts', 'texte*', 'texto*', 'annex*', 'anex*', 'list', 'lists', 'liste*', 'lista*', 'document*'];
/** the sender's name or contribution as the subject: "the author not be named", "que le nom de l'auteur ne soit pas" */
const SENDER_NOUN = ['author*', 'auteur*', 'autor*', 'name', 'names', 'nom', 'noms', 'nombre', 'nombres', 'submission*', 'contribution*', 'contribuci*', 'identity', 'identite', 'identidad', 'sender', 'expediteur*', 'remitente'];

/**
 * A clause that asks for the sender not to be named: a "not" (or "remove") a few words from a naming
 * word, of the sender. The subject of the "not" is the nearest sender or other subject before it
 * ("I'd rather not be named"; "dont un qui ne figure pas dans votre annexe" is about a text missing
 * from a list); the sender just after it is what is not named ("que no aparezca mi nombre", "do not
 * publish my name"); with neither, it is the sender's ("not to be credited", "without attribution").
 */
function withholdsSender(clause: readonly string[]): boolean {
  return clause.some((w, i) => {
    if (!(has(NEGATION, [w]) || has(REMOVAL, [w]))) return false;
    const after = clause.slice(i + 1, i + NEAR + 1);
    if (![...clause.slice(Math.max(0, i - NEAR), i), ...after].some((x) => has(PUBLISH, [x]))) return false;
    return has(SENDER, after) || subjectIsSender(clause, i);
  });
}

/**
 * Whether the subject of the "not" at `at` is the sender. Its words run back to the nearest pronoun
 * ("qui", "which", "que"), and only a few words (a clause can be a megabyte of words with no
 * punctuation): the sender among them ("my name on the list", "the author") makes it the sender's, a
 * pronoun or a text ("the Kestrel Accord is not mentioned") someone else's; with neither, the sender's.
 */
function subjectIsSender(clause: readonly string[], at: number): boolean {
  let text = false;
  for (let j = at - 1; j >= Math.max(0, at - 2 * NEAR); j--) {
    const x = [clause[j]!];
    if (has(SENDER, x) || has(SENDER_NOUN, x)) return true;
    if (has(OTHER_SUBJECT, x)) return false;
    text ||= has(TEXT_NOUN, x);
  }
  return !text;
}

/** A name or "Anonymous:" field answered with anonymity ("Anonymous", "yes", "withheld"). */
export function isAnonymousValue(value: string): boolean {
  return /^\(?\s*(anonymous|anonyme|anonimo|anonima|anon|withheld|yes|oui|si|prefer not to say)\s*\)?\.?$/.test(tokenize(value).join(' '));
}

/** A name field answered with a sentence that declines to give a name ("I'd rather not be named", "prefiero no decirlo"). */
export function declinesName(value: string): boolean {
  const t = tokenize(value);
  return isAnonymousRequest(value) || (has(NEGATION, t) && (has(REQUEST, t) || has(SPEAKER, t)) && (has(PUBLISH, t) || has(DECLINE, t)));
}
