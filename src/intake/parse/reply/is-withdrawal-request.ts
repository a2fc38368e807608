import { tokenize } from '../../../core/text/normalize-text.js';
import { NEGATION, REQUEST, SPEAKER } from '../is-anonymous-request.js';
import { has } from '../word-family.js';

/**
 * Taking something back, English, French, Spanish (word families, `x*` = any word starting with x),
 * and what is taken back: the contribution, not a name (that is a request for anonymity, which
 * isAnonymousRequest hears) nor a field ("please remove the year" is a correction for a moderator).
 */
const WITHDRAW = ['withdraw*', 'retract*', 'remov*', 'delet*', 'cancel*', 'revok*', 'discard*', 'retir*', 'supprim*', 'annul*', 'effac*', 'revoqu*', 'elimin*', 'borr*', 'anul*', 'cancel*', 'revoc*', 'suprim*', 'desist*'];
const CONTRIBUTION = [
  'contribution*', 'submission*', 'submitted', 'proposal*', 'entry', 'entries', 'draft*', 'mail', 'email', 'message', 'answers', 'responses', 'form', 'questionnaire', 'everything', 'all',
  'proposition*', 'envoi', 'courriel', 'reponse*', 'formulaire', 'tout', 'contribucion*', 'aportacion*', 'propuesta*', 'envio', 'mensaje', 'correo', 'respuesta*', 'formulario', 'cuestionario', 'todo',
];
/** what a withdrawal of a name or a field speaks of instead */
const NOT_THE_CONTRIBUTION = ['name', 'names', 'nom', 'nombre', 'year', 'date', 'annee', 'fecha', 'ano', 'link', 'lien', 'enlace'];

/** True when the sentence asks that the sender's contribution be withdrawn ("please withdraw my contribution", "je retire ma contribution"). */
export function isWithdrawalRequest(sentence: string): boolean {
  const t = tokenize(sentence);
  if (!has(WITHDRAW, t) || !has(CONTRIBUTION, t) || has(NOT_THE_CONTRIBUTION, t)) return false;
  // "I do not want to withdraw it": a negation before the verb; "sin" is also Spanish for "without" in "withdraw it without delay"
  const verb = t.findIndex((w) => has(WITHDRAW, [w]));
  if (has(NEGATION.filter((n) => n !== 'sin' && n !== 'out'), t.slice(0, verb))) return false;
  return has(SPEAKER, t) || has(REQUEST, t);
}
