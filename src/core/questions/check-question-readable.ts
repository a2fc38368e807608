/** Longest question read; a longer message is answered with help, not parsed. */
export const MAX_QUESTION_CHARS = 1_000;

const FOREIGN = new Set(
  'le la les des du quels quelles quel quelle accords accord qui est sont sur dans une pour avec aux ces protegent couvrent donnees el los las que cuales cual acuerdos acuerdo sobre para con una por del protegen cubren datos son esta estan der die das und welche abkommen ist sind'.split(' '),
);
const ENGLISH = new Set('the which what is are of and agreements agreement cover covers does do about how many norm norms with for on in'.split(' '));

/**
 * Why a question cannot be read at all, or undefined when it can: empty, too long, or code or
 * symbols rather than words. A question in another language is read (see looksForeign).
 */
export function checkQuestionReadable(question: string, normalized: string): string | undefined {
  if (question.trim() === '') return 'Ask me a question about cybersecurity norms agreements, for example one of these.';
  if (question.length > MAX_QUESTION_CHARS) {
    return `Your message is ${question.length} characters long; I read questions of up to ${MAX_QUESTION_CHARS} characters. Ask one question in a sentence or two.`;
  }
  if (/;\s*(?:drop|delete|insert|update|select|alter|create)\b|\bunion\s+select\b|--\s*$|<script|\bselect\b.+\bfrom\b/i.test(question)) {
    return 'That looks like code rather than a question. Ask in plain words, for example one of these.';
  }
  if (normalized === '') return 'I could not read any words in your message (only symbols or emoji). Ask in plain words, for example one of these.';
  return undefined;
}

/**
 * Whether a question looks written in French, Spanish or German. Such a question is still read:
 * the taxonomy has some synonyms in those languages ("donnees personnelles", "infraestructura
 * critica"), so it is refused only when nothing in it can be read.
 */
export function looksForeign(normalized: string): boolean {
  const words = normalized.split(' ');
  const foreign = words.filter((w) => FOREIGN.has(w)).length;
  const english = words.filter((w) => ENGLISH.has(w)).length;
  return foreign >= 2 && foreign > english;
}

export const FOREIGN_REFUSAL =
  'I answer in English only, and I could not read your question, which looks written in another language (Je ne réponds qu\'en anglais / Solo respondo en inglés). Ask in English, for example one of these.';

export const FOREIGN_NOTE = 'Your question looks written in another language: I read the words I know in it and answer in English (je réponds en anglais / respondo en inglés).';
