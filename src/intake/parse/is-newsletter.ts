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
/** the verb of viewing, not "online" or "web": "available online", "in any web browser" are prose */
const VIEW = ['view', 'voir', 'afficher', 'ver', 'visualizar', 'visualiser', 'ansehen', 'anzeigen', 'abrir', 'open', 'lire', 'leer'];
/** "You are receiving this because you subscribed", "Vous recevez ce courriel car vous êtes abonné" */
const RECEIVE = ['receiv*', 'recev*', 'recib*', 'erhalt*', 'receb*'];
/** the reason a mailing gives: "because", "car", "porque", "weil", "parce" */
const BECAUSE = ['because', 'as', 'since', 'car', 'parce', 'puisque', 'porque', 'ya', 'weil', 'da', 'pois'];
const SUBSCRIBED = ['subscri*', 'signed', 'abonne*', 'suscri*', 'abonniert*', 'angemeldet', 'registriert', 'inscrit*', 'inscrito*', 'inscreveu', 'assinante*'];
/** "Manage your preferences", "Gérer mes préférences", "Gestionar suscripción", "Einstellungen verwalten" */
const MANAGE = ['manage', 'update', 'gerer', 'modifier', 'gestionar', 'actualizar', 'modificar', 'verwalten', 'andern', 'aktualisieren', 'gerenciar', 'atualizar'];
const PREFERENCES = ['preference*', 'subscription*', 'abonnement*', 'suscripcion*', 'einstellung*', 'praferenz*', 'preferencia*', 'assinatura*', 'inscricao'];
/** a footer line is a link or a short line: "Members can unsubscribe from the list at any time" is a sentence of the letter */
const MAX_SHORT_FOOTER_WORDS = 8;
const MAX_FOOTER_WORDS = 40;
/** how far from the end of the sender's text a footer stands */
const FOOTER_LINES = 6;

/**
 * One line of a mailing's footer: an unsubscribe link or line, "view (this email) in your browser", why the
 * reader receives the mailing ("because you subscribed"), "manage your preferences". The phrase must be a
 * footer's, short or carrying its link: a letter's sentence that mentions a mailing list or a browser is none.
 */
export function isSubscriptionFooter(line: string): boolean {
  const normal = normalizeText(line);
  const words = normal === '' ? [] : normal.split(' ');
  if (words.length === 0 || words.length > MAX_FOOTER_WORDS) return false;
  const footerLike = words.length <= MAX_SHORT_FOOTER_WORDS || /https?:\/\/|www\.|@|\|/i.test(line);
  if (footerLike && (has(UNSUBSCRIBE, words) || UNSUBSCRIBE_PHRASES.some((p) => p.test(normal)))) return true;
  if (footerLike && has(BROWSER, words) && has(VIEW, words)) return true;
  if (footerLike && has(MANAGE, words) && has(PREFERENCES, words)) return true;
  return has(RECEIVE, words) && has(BECAUSE, words) && has(SUBSCRIBED, words);
}

/**
 * A newsletter or other mailing rather than a reply to the call: a subscription footer among the last
 * lines of the sender's text, and no answer to the call: no "About you" detail, no answer to its
 * questions, no agreement named by its label with fields of its own, no signatory. Its items may still
 * read like an agreement's fields ("Date of launch: March 2021. Parties: ..."): a mailing is written to
 * its subscribers, not to the BPF. A contributor or a filled form make it a contribution whatever its
 * footer, since a member may write through their own mailing tool.
 */
export function isNewsletter(q: Pick<Questionnaire, 'agreements' | 'contributor' | 'answers' | 'freeText'>, signatory: { name: string | null } | null = null): boolean {
  if (Object.values(q.contributor).some((f) => f.value.trim() !== '')) return false;
  if (Object.values(q.answers).some((a) => a.trim() !== '')) return false;
  if (q.agreements.some(isFilledForm) || signatory?.name) return false;
  return q.freeText.slice(-FOOTER_LINES).some((line) => isSubscriptionFooter(line.text));
}

/** "Name of the agreement: X" and another field: the call's form, filled in */
function isFilledForm(agreement: Questionnaire['agreements'][number]): boolean {
  const filled = Object.entries(agreement).filter(([, f]) => f !== undefined && f.value.trim() !== '');
  return filled.some(([key]) => key === 'agreement.name') && filled.length >= 2;
}
