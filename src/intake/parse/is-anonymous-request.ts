import { foldText } from './fold-text.js';

/**
 * A contributor's own request to stay anonymous, in English, French or Spanish. First person or
 * "please" is required: the call itself says "You are welcome to remain anonymous".
 */
const REQUEST = [
  /\b(keep|list|publish|mention|cite|treat|credit)\s+(me|us|my (name|contribution)|our (name|contribution)|this( contribution)?)\s+(as\s+)?anonymous(ly)?\b/,
  /\b(i|we)\s*('d| would| wish| want| prefer| ask| request| like| need|'m| am| are)\b[^.!?\n]{0,60}\banonym/,
  /\bplease\b[^.!?\n]{0,50}\banonym/,
  /\banonym[^.!?\n]{0,30}\bplease\b/,
  /\b(je|nous)\b[^.!?\n]{0,60}\b(rester|demeurer|etre|garder)\b[^.!?\n]{0,20}\b(anonymes?|l'anonymat)\b/,
  /\b(merci de|veuillez)\b[^.!?\n]{0,60}\banonym/,
  /\b(deseo|quiero|prefiero|solicito|pido|preferimos|deseamos|queremos|solicitamos)\b[^.!?\n]{0,60}\banonim/,
  /\b(por favor|favor de)\b[^.!?\n]{0,60}\banonim/,
  /\bmantener(me|nos)?\b[^.!?\n]{0,30}\banonim/,
];
/** A name or "Anonymous:" field answered with anonymity. */
const VALUE = /^\(?\s*(anonymous|anonyme|anonimo|anonima|anon|withheld|yes|oui|si|prefer not to say)\s*\)?\.?$/;

export function isAnonymousRequest(text: string): boolean {
  const folded = foldText(text);
  return REQUEST.some((re) => re.test(folded));
}

/** True when a field's value ("Name: Anonymous", "Anonymous: yes") asks for anonymity. */
export function isAnonymousValue(value: string): boolean {
  return VALUE.test(foldText(value.trim()));
}
