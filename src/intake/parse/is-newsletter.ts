import { normalizeText } from '../../core/text/normalize-text.js';
import type { Questionnaire } from './fields/read-questionnaire.js';
import { has } from './word-family.js';

/*
 * A newsletter sent without its bulk headers (no List-Id, no Precedence): told by its subscription
 * footer, in English, French, Spanish, German and Portuguese (folded words, `x*` = any word starting with x).
 */
/** "Unsubscribe", "Se désabonner", "Darse de baja", "Abmelden", "Descadastrar" */
const UNSUBSCRIBE = ['unsubscrib*', 'desabonn*', 'desinscri*', 'desuscri*', 'desubscri*', 'abmeld*', 'abbestell*', 'descadastr*', 'desinscrev*'];
/** "darse de baja", "dése de baja", "cancelar la suscripción": the Spanish and Portuguese ones in several words */
const UNSUBSCRIBE_PHRASES = [/\b(?:darse|dese|date) de baja\b/, /\bcancelar (?:la |su |tu |a )?(?:suscripcion|subscricao|assinatura|inscricao)\b/];
/** "View in browser", "Voir dans le navigateur", "Ver en el navegador", "Im Browser ansehen" */
const BROWSER = ['browser', 'navigateur', 'navegador', 'webversion', 'webansicht'];
const VIEW = ['view', 'voir', 'afficher', 'ver', 'visualizar', 'ansehen', 'anzeigen', 'online', 'web'];
/** "You are receiving this because you subscribed", "Vous recevez ce courriel car vous êtes abonné" */
const RECEIVE = ['receiv*', 'recev*', 'recib*', 'erhalt*', 'receb*'];
const SUBSCRIBED = ['subscri*', 'abonne*', 'suscri*', 'abonniert*', 'inscrit*', 'inscrito*', 'assinante*', 'mailing', 'newsletter*', 'bolet*', 'infolettre*'];
/** a footer line is short: a sentence of prose that mentions unsubscribing is no footer */
const MAX_FOOTER_WORDS = 40;

/** One line of a mailing's footer: an unsubscribe link, "view in browser", or why the reader receives the mailing. */
export function isSubscriptionFooter(line: string): boolean {
  const normal = normalizeText(line);
  const words = normal === '' ? [] : normal.split(' ');
  if (words.length === 0 || words.length > MAX_FOOTER_WORDS) return false;
  if (has(UNSUBSCRIBE, words) || UNSUBSCRIBE_PHRASES.some((p) => p.test(normal))) return true;
  if (has(BROWSER, words) && has(VIEW, words)) return true;
  return has(RECEIVE, words) && has(SUBSCRIBED, words);
}

/**
 * A newsletter or other mailing rather than a reply to the call: a subscription footer in the
 * sender's own text, and no answer to the call (no "About you" detail, no answer to its questions).
 * Its items may still read like an agreement's fields ("Launch date: expected 2021. Parties: ..."):
 * a mailing is written to its subscribers, not to the BPF. A contributor's details or an answer make
 * it a contribution whatever its footer, since a member may write through their own mailing tool.
 */
export function isNewsletter(q: Pick<Questionnaire, 'contributor' | 'answers' | 'freeText'>): boolean {
  if (Object.values(q.contributor).some((f) => f.value.trim() !== '')) return false;
  if (Object.values(q.answers).some((a) => a.trim() !== '')) return false;
  return q.freeText.some((line) => isSubscriptionFooter(line.text));
}
