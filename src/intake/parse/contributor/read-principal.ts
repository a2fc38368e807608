import nlp from 'compromise';
import { tokenize } from '../../../core/text/normalize-text.js';
import { has } from '../word-family.js';
import { isDetailPart, readDetailParts, splitParts } from './read-detail-parts.js';
import { TITLE, hasRoleWord, isCountry, isPersonName } from './read-signature-block.js';

export interface Principal {
  name: string;
  affiliation: string | null;
  country: string | null;
  snippet: string;
}

/** "on behalf of", "au nom de", "de la part de", "en nombre de", "en representación de", "im Namen von", "im Auftrag von", "em nome de" */
const ON_BEHALF_WORDS = /(?:on behalf of|in the name of|au nom d(?:e|u|['’])|de la part d(?:e|u|['’])|en nombre d(?:e|el)|en representaci[oó]n d(?:e|el)|im (?:namen|auftrag) von|em nome d(?:e|o|a))/iu;
/** the words after no letter: "au nom de", not "au nom" inside "bureau nom" */
const ON_BEHALF = new RegExp(`(?<!\\p{L})${ON_BEHALF_WORDS.source}\\s*`, 'giu');
/** "my director", "mon directeur", "mi directora", "meiner Chefin", "minha orientadora": the principal introduced by their place to the writer */
const POSSESSIVE = ['my', 'our', 'mon', 'ma', 'notre', 'mi', 'nuestro', 'nuestra', 'meine*', 'unsere*', 'meu', 'minha', 'nosso', 'nossa'];
/** name particles written in lower case: "Ana de la Cruz", "Jan van der Berg", "Omar bin Said" */
const PARTICLE = /^(de|da|do|dos|das|del|la|le|van|von|der|den|y|bin|al|el)$/i;
const MAX_NAME_WORDS = 5;
/** "Lina Haddad, Leila Nasser and myself": the writer among those the letter speaks for */
const SELF = /^(?:myself|me|moi(?:-m[eê]me)?|m[ií] mism[oa]|yo mism[oa]|mich selbst|mir selbst|mim mesm[oa]|eu mesm[oa])(?!\p{L})/iu;
/** the word that joins the next person of a list: "X and Y", "X et Y", "X y Y", "X und Y" */
const AND = /^\s*(?:,\s*(?:(?:and|et|y|e|und|as well as)\s+)?|\s+(?:and|&|et|y|e|und|as well as)\s+)/iu;

/**
 * The person a writer sends the contribution for, named in the letter's prose: "I am writing on behalf
 * of Professor Ana Ruiz (Director, Centre X, University Y, Lima, Peru)", "je vous écris au nom de mon
 * directeur, M. Paul Martin, Chef du service Z", "en nombre de la Dra. Inés Soto". The contributor is
 * the principal, not the assistant who signs; their details are the bracket (or the comma list) after
 * the name. An organisation the writer speaks for is no principal here ("on behalf of the Ministry").
 */
export function readPrincipal(paragraphs: readonly string[]): Principal | null {
  for (const paragraph of paragraphs) {
    // the words alone first: a pattern that opens with its look-behind is tried at every character of a letter
    if (!ON_BEHALF_WORDS.test(paragraph)) continue;
    for (const m of paragraph.matchAll(ON_BEHALF)) {
      const found = principalAfter(paragraph.slice(m.index + m[0].length));
      if (!found) continue;
      // the sentence the words are in: from the paragraph's start when no sentence ends before them
      const stop = paragraph.lastIndexOf('. ', m.index);
      const start = stop < 0 ? 0 : stop + 2;
      const { length, ...principal } = found;
      return { ...principal, snippet: paragraph.slice(start, m.index + m[0].length + length).trim() };
    }
  }
  return null;
}

/** The name and details at the start of the text, and how much of it they take. */
function principalAfter(text: string, introduced = false): (Omit<Principal, 'snippet'> & { length: number }) | null {
  const ws = text.split(/(\s+)/);
  let i = 0;
  // "my director, Dr ...": the writer's relation to the principal, up to its comma
  if (has(POSSESSIVE, tokenize(ws[0] ?? ''))) {
    const comma = text.search(/,\s*/);
    const relation = comma > 0 ? text.slice(0, comma) : '';
    if (!relation || !hasRoleWord(relation) || relation.split(/\s+/).length > 4) return null;
    return shifted(principalAfter(text.slice(comma).replace(/^,\s*/, ''), true), text.length - text.slice(comma).replace(/^,\s*/, '').length);
  }
  // honorifics go, abbreviated or written out: "Dr", "Prof.", "M.", "Professor", "Directora"
  const name: string[] = [];
  let honoured = introduced;
  for (; i < ws.length; i += 2) {
    const w = ws[i]!;
    const bare = w.replace(/[,;:()]+$/, '');
    // "en nombre de la Dra. ...", "au nom du Professeur ...": the article before a title
    if (name.length === 0 && /^(the|la|le|el|der|die|o|a)$/i.test(bare)) continue;
    if (name.length === 0 && (TITLE.test(`${bare} `) || (/^\p{Lu}/u.test(bare) && hasRoleWord(bare)))) {
      honoured = true;
      continue;
    }
    if (!(/^\p{Lu}[\p{L}'’.-]*$/u.test(bare) || (name.length > 0 && PARTICLE.test(bare))) || name.length > MAX_NAME_WORDS) break;
    // "Inés Soto." ends its sentence: the stop is no part of the name, as an initial's is ("J. R. Smith")
    if (/^\p{Lu}\p{L}+\.$/u.test(bare)) {
      name.push(bare.slice(0, -1));
      i += 2;
      break;
    }
    name.push(bare);
    if (bare !== w) {
      i += 2;
      break;
    }
  }
  const person = name.join(' ');
  // "on behalf of Access Now", "en nombre de Colombia Digital": a person has a title or a first name compromise knows
  if (!isPersonName(person) || (!honoured && !nlp(person).has('#Person'))) return null;
  // where the name ends in the text: after its last word
  const last = name[name.length - 1]!;
  const end = text.indexOf(last, text.indexOf(name[0]!)) + last.length;
  // "on behalf of X, Y and myself": several people, no single principal; the signatory stays
  if (namesAnother(text.slice(end))) return null;
  const { details, length } = detailsAfter(text.slice(end));
  const parts = details ? readDetailParts(`${person}, ${details}`) : null;
  return { name: person, affiliation: parts?.affiliation ?? null, country: parts?.country ?? null, length: end + length };
}

/** Whether the text after a name goes on to another person or the writer: ", Leila Nasser and myself", " and Dr Omar Said". */
function namesAnother(rest: string): boolean {
  const joined = AND.exec(rest);
  if (!joined) return false;
  const next = rest.slice(joined[0].length);
  if (SELF.test(next)) return true;
  const ws = next.split(/\s+/).map((w) => w.replace(/[,;:.()]+$/, ''));
  const words: string[] = [];
  for (const w of ws) {
    if (!(/^\p{Lu}/u.test(w) || (words.length > 0 && PARTICLE.test(w))) || words.length > MAX_NAME_WORDS) break;
    words.push(w);
  }
  const candidate = words.join(' ');
  return isPersonName(candidate) && (TITLE.test(`${candidate} `) || nlp(candidate.replace(TITLE, '')).has('#Person'));
}

function shifted<T extends { length: number }>(found: T | null, by: number): T | null {
  return found ? { ...found, length: found.length + by } : null;
}

/**
 * "(Director, Centre X, University Y, Lima, Peru)" or ", Director of the Institute X, who asked me ...":
 * the principal's details, the bracket's content or the comma parts that open with a capital.
 */
function detailsAfter(text: string): { details: string | null; length: number } {
  const open = /^\s*\(/.exec(text);
  if (open) {
    let depth = 0;
    for (let i = open[0].length - 1; i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')' && --depth === 0) return { details: text.slice(open[0].length, i), length: i + 1 };
    }
    return { details: null, length: 0 };
  }
  if (!/^\s*,/.test(text)) return { details: null, length: 0 };
  const sentence = text.replace(/^\s*,\s*/, '').split(/[.!?](?:\s|$)|\)/)[0]!;
  const kept: string[] = [];
  // only parts that read as a title, an organisation, a place or a country ("Lyon" unknown before "France"):
  // "On behalf of X, I would like to submit ..." goes on with a clause, no details
  const parts = splitParts(sentence);
  for (const [i, part] of parts.entries()) {
    if (!/^\p{Lu}/u.test(part) || !(isDetailPart(part) || (parts[i + 1] !== undefined && isCountry(parts[i + 1]!)))) break;
    kept.push(part);
  }
  return kept.length > 0 ? { details: kept.join(', '), length: text.indexOf(kept[kept.length - 1]!) + kept[kept.length - 1]!.length } : { details: null, length: 0 };
}
