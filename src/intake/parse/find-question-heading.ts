import { tokenize } from '../../core/text/normalize-text.js';
import { CALL_PARAGRAPHS } from './call-text.js';
import { foldText } from './fold-text.js';

/** Words that tell the call's questions apart, in English, French and Spanish. */
const KEYWORDS: Record<number, RegExp> = {
  1: /signator|signataire|firmante|signatario/,
  2: /project|program|projet|proyecto/,
  3: /agreements|aware|accords|acuerdos|connaissez|conoce/,
  4: /issues|addressed|enjeux|problemes|questions|temas|cuestiones|abordad/,
  5: /comments|thoughts|feedback|commentaires|comentarios|observations|observaciones/,
};
const NUMBERED = /^[\s>*-]*(?:\*\*)?(q(?:uestion)?\s*|pregunta\s*)?([1-5])\s*[.):]\s*(?:\*\*)?\s*(.*)$/i;
const QUESTION_SETS = CALL_PARAGRAPHS.filter((p) => /^[1-5]\. /.test(p)).map((p) => new Set(tokenize(p)));

export interface QuestionHeading {
  number: number;
  /** the contributor's answer when it follows the question on the same line */
  rest: string;
}

/** "3. Are you aware of ...?" (and kin) -> 3, with anything written after the question itself. */
export function findQuestionHeading(line: string): QuestionHeading | null {
  const m = NUMBERED.exec(line.replace(/\*\*/g, ''));
  if (!m) return null;
  const number = Number(m[2]);
  const text = m[3]!;
  // "Q1." says it is a question; a bare "1." must also sound like the call's question
  if (!m[1] && !KEYWORDS[number]!.test(foldText(text))) return null;
  return { number, rest: dropQuestionSentences(text) };
}

/** The sentences after the question's own ones: questions end in '?', or are the call's words. */
function dropQuestionSentences(text: string): string {
  const sentences = text.match(/[^.?!]+(?:[.?!]+|$)\s*/g) ?? [];
  let i = 0;
  while (i < sentences.length) {
    const s = sentences[i]!.trim();
    const tokens = tokenize(s);
    const callLike = tokens.length > 0 && QUESTION_SETS.some((set) => tokens.filter((t) => set.has(t)).length / tokens.length >= 0.7);
    if (!s.endsWith('?') && !callLike) break;
    i += 1;
  }
  return sentences.slice(i).join('').trim();
}

const ABOUT_YOU = /^(about you|about the contributor|a propos de vous|sobre usted|acerca de usted|sobre ti|vos coordonnees|your details|contact details|informations sur vous|datos personales|datos de contacto|sus datos)\b/;

/** The "About you" heading that opens the contributor's details. */
export function isAboutYouHeading(line: string): boolean {
  const clean = foldText(line.replace(/\*\*|__|^[\s#>*-]+/g, '').trim());
  return clean.length < 120 && ABOUT_YOU.test(clean);
}
