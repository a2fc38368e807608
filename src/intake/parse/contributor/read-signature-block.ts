import nlp from 'compromise';
import { tokenize } from '../../../core/text/normalize-text.js';

export interface SignatureBlock {
  name: string | null;
  affiliation: string | null;
  country: string | null;
  snippet: string;
}

/** Closings a letter's signature follows, English, French and Spanish (folded words). */
const CLOSING = /^(best|kind|warm)?\s*(regards|wishes)|^(yours|sincerely|respectfully|faithfully|cordially|cheers|thank you|thanks|with (best|kind|warm)|cordialement|bien (a|à) vous|bien cordialement|salutations|avec mes|veuillez agr|sinc[eè]rement|atentamente|saludos|un saludo|cordiales saludos|reciba un|le saluda|muchas gracias|merci)\b/i;
const ORGANISATION = /\b(institut\w*|universi\w*|ministr\w*|ministère|ministerio|foundation|fondation|fundaci\w*|cent(er|re)|centro|council|conseil|consejo|association|asociaci\w*|agency|agence|agencia|forum|foro|lab|labs|laboratoire|laboratorio|inc|ltd|llc|gmbh|s\.?a\.?|corporation|corp|company|group|groupe|grupo|society|soci[eé]t[eé]|sociedad|network|r[eé]seau|red|office|oficina|bureau|department|d[eé]partement|departamento|secretariat|secr[eé]tariat|secretar[ií]a|alliance|alianza|coalition|coalici[oó]n|initiative|programme|program|cert|csirt|commission|comisi[oó]n|authority|autorit[eé]|autoridad|observatoire|observatorio|chamber|chambre|c[aá]mara|school|[eé]cole|escuela|college|coll[eè]ge|academy|acad[eé]mie|academia|trust|fund|fonds|fondo|partners|consulting|technologies|systems|microsoft|google|siemens)\b/i;
const ROLE = /\b(director|directeur|directrice|directora?|head|chief|chef|jefe|jefa|senior|adviser|advisor|conseill\w*|asesora?|officer|manager|gestionnaire|gerente|president|pr[eé]sident\w*|presidente|chair\w*|secretary|secr[eé]taire|secretari[oa]|fellow|researcher|chercheu\w*|investigador\w*|analyst|analyste|analista|coordinator|coordinat\w*|coordinador\w*|professor|professeur\w*|profesor\w*|lead|responsable|charg[eé]e? de|assistant\w*|asistente|executive|ex[eé]cuti\w*|vice|deputy|adjoint\w*|adjunt[oa]|consultant\w*|engineer|ing[eé]nieu\w*|ingenier[oa]|policy|counsel|attach[eé]|on behalf|de la part|en nombre)\b/i;
const CONTACT = /@|https?:\/\/|www\.|\+?\d[\d\s().-]{6,}|^(tel|phone|t[eé]l[eé]phone|tel[eé]fono|fax|mobile|m[oó]vil|email|e-mail|courriel|correo|web)\b/i;
const TITLE = /^(dr|prof|mr|mrs|ms|mme|mlle|m|sr|sra|srta|dra|h\.?e\.?|amb)\.?\s+/i;

let countries: Map<string, string> | null = null;

/** Country names in English, French and Spanish, from the runtime's own locale data (no list kept here). */
function countryNames(): Map<string, string> {
  if (countries) return countries;
  countries = new Map();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const locale of ['en', 'fr', 'es']) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const a of letters) {
      for (const b of letters) {
        const name = names.of(a + b);
        if (name) countries.set(tokenize(name).join(' '), name);
      }
    }
  }
  return countries;
}

/** "Canberra, Australia", "France", "Buenos Aires (Argentina)": the country a line names, as written. */
export function findCountry(line: string): string | null {
  const known = countryNames();
  const pieces = line.split(/[,;()|/\u2013\u2014-]/).map((p) => p.trim()).filter(Boolean);
  for (const piece of pieces.reverse()) if (known.has(tokenize(piece).join(' '))) return piece;
  return null;
}

/** "Yours sincerely,", "Cordialement,", "Atentamente,": the line a letter's signature follows. */
export function isClosing(line: string): boolean {
  const text = line.trim();
  return CLOSING.test(text) && text.split(/\s+/).length <= 8;
}

/**
 * The signatory of a letter: the lines after its closing ("Yours sincerely," "Cordialement,"),
 * read as name (a person's name: two to five capitalised words), role (skipped), organisation and
 * country. Null when the text has no closing followed by a name.
 */
export function readSignatureBlock(lines: readonly string[]): SignatureBlock | null {
  let closing = -1;
  lines.forEach((line, i) => {
    if (isClosing(line)) closing = i;
  });
  if (closing < 0) return null;
  const after = lines.slice(closing + 1, closing + 8).map((l) => l.trim());
  // a postscript ends the signature
  const postscript = after.findIndex((l) => /^(p\.?\s?s|n\.?\s?b)\b\.?/i.test(l));
  const rest = after.slice(0, postscript < 0 ? after.length : postscript).filter((l) => l !== '' && !CONTACT.test(l));
  // "Best regards, Ana Silva" on one line
  const sameLine = lines[closing]!.split(/,\s*/).slice(1).join(', ').trim();
  if (sameLine) rest.unshift(sameLine);
  const nameAt = rest.findIndex((l) => isPersonName(l));
  if (nameAt < 0) return null;
  const below = rest.slice(nameAt + 1);
  const country = below.map(findCountry).find((c) => c !== null) ?? null;
  const org = below.find((l) => ORGANISATION.test(l) && !isOnlyCountry(l)) ?? below.find((l) => !ROLE.test(l) && !isOnlyCountry(l) && findCountry(l) === null);
  const affiliation = org ? org.replace(/[,;]\s*$/, '').trim() : null;
  return { name: rest[nameAt]!.replace(/[,;]\s*$/, '').trim(), affiliation, country, snippet: [lines[closing]!, ...rest.slice(nameAt)].join('\n') };
}

const isOnlyCountry = (line: string) => findCountry(line) !== null && line.split(/\s+/).length <= 3;

/** Two to five capitalised words, no digits, no organisation or role words, and a person to compromise or a title. */
function isPersonName(line: string): boolean {
  const clean = line.replace(/[,;.]\s*$/, '').trim();
  const words = clean.replace(TITLE, '').split(/\s+/);
  if (words.length < 2 || words.length > 5 || /\d|@/.test(clean)) return false;
  if (!words.every((w) => /^[A-ZÀ-ÝŁŚŻ][\p{L}'’.-]*$/u.test(w) || /^(de|da|del|van|von|der|la|le|y|bin|al)$/i.test(w))) return false;
  if (ORGANISATION.test(clean) || ROLE.test(clean) || findCountry(clean) !== null) return false;
  return TITLE.test(clean) || nlp(clean).has('#Person') || words.length <= 4;
}
