import { tokenize } from '../../../core/text/normalize-text.js';
import { hasRoleWord, organisationAfterRole } from './read-signature-block.js';

/** the words a writer introduces themselves with: "I am", "I'm", "je suis", "soy", "sou", "ich bin", "I work/study" */
const INTRODUCES = new Set(['am', 'im', 'suis', 'soy', 'sou', 'bin', 'work', 'travaille', 'trabajo', 'trabalho', 'study', 'etudie', 'estudio', 'estudo']);
const FIRST_PERSON = new Set(['i', 'im', 'je', 'j', 'yo', 'eu', 'ich']);
/** how far after "I am" the role may come ("I am a second-year masters student at ...") */
const ROLE_WINDOW = 5;
const SMALL = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'des', 'la', 'le', 'et', 'del', 'y', 'da', 'do', 'e', 'fur', 'und']);

export interface SelfIntroduction {
  affiliation: string;
  snippet: string;
}

/**
 * "hi, im a masters student at university of ghana (legon)", "Je suis chercheuse à l'Institut X":
 * the organisation a writer says they belong to in the letter's prose, for a letter with no signature
 * organisation. Only a first-person sentence counts ("the director at the Ministry said" does not).
 */
export function readSelfIntroduction(paragraphs: readonly string[]): SelfIntroduction | null {
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.split(/(?<=[.!?])\s+/)) {
      const ws = sentence.split(/\s+/);
      const at = ws.findIndex((w, i) => {
        const t = tokenize(w);
        // "im", "I'm", "I am", "je suis": the introducing word, with a first-person word on it or just before it
        return t.some((x) => INTRODUCES.has(x)) && (t.some((x) => FIRST_PERSON.has(x)) || tokenize(ws[i - 1] ?? '').some((x) => FIRST_PERSON.has(x)));
      });
      if (at < 0) continue;
      const organisation = hasRoleWord(ws.slice(at + 1, at + 1 + ROLE_WINDOW).join(' ')) ? organisationAfterRole(ws.slice(at + 1).join(' ')) : null;
      if (organisation) return { affiliation: capitalised(organisation), snippet: sentence.trim() };
    }
  }
  return null;
}

/** "university of ghana" as "University of Ghana": a name typed all in lower case on a phone. */
function capitalised(name: string): string {
  if (name !== name.toLowerCase()) return name;
  return name.replace(/\p{L}+/gu, (w, i: number) => (i > 0 && SMALL.has(w) ? w : w[0]!.toUpperCase() + w.slice(1)));
}
