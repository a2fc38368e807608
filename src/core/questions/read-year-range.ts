/** Inclusive bounds on a year, with the words to say it back. */
export interface YearRange {
  min?: number;
  max?: number;
  label: string;
  /** the words of the question it was read from */
  words: string;
}

const Y = '((?:19|20)\\d\\d)';
const NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * Reads a year restriction from normalised text: "since 2018" (2018 on), "after 2020" (strictly
 * later: 2021 on), "before 2015" (up to 2014), "between 2015 and 2018" (both included),
 * "in 2018" or "from 2018" (that year), "in the last 3 years" (relative to `now`). Undefined when the text names no year.
 */
export function readYearRange(text: string, now: Date): YearRange | undefined {
  const num = (s: string | undefined) => Number(s);
  let m = new RegExp(`\\b(?:between|from) ${Y} (?:and|to|until|till|through) ${Y}\\b`).exec(text) ?? new RegExp(`\\b${Y} (?:to|until|through)? ?${Y}\\b`).exec(text);
  if (m) {
    const [a, b] = [num(m[1]), num(m[2])].sort((x, y) => x - y) as [number, number];
    return { min: a, max: b, label: `adopted ${a}-${b}`, words: m[0] };
  }
  m = new RegExp(`\\b(?:after|later than|post|since the end of) ${Y}\\b`).exec(text);
  if (m) return { min: num(m[1]) + 1, label: `adopted after ${m[1]}`, words: m[0] };
  m = new RegExp(`\\b(?:since|starting|starting in|starting from|as of|in or after|no earlier than|not before) ${Y}\\b`).exec(text) ?? new RegExp(`\\b${Y} (?:(?:onwards?|or later|and later|or after|and after)\\b|on$)`).exec(text);
  if (m) return { min: num(m[1]), label: `adopted ${m[1]} or later`, words: m[0] };
  m = new RegExp(`\\b(?:before|prior to|earlier than|pre) ${Y}\\b`).exec(text);
  if (m) return { max: num(m[1]) - 1, label: `adopted before ${m[1]}`, words: m[0] };
  m = new RegExp(`\\b(?:until|up to|by|through|till|in or before|no later than) ${Y}\\b`).exec(text) ?? new RegExp(`\\b${Y} (?:or earlier|and earlier|or before|and before)\\b`).exec(text);
  if (m) return { max: num(m[1]), label: `adopted ${m[1]} or earlier`, words: m[0] };
  m = /\b(?:last|past|previous) (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) years?\b/.exec(text);
  if (m) {
    const n = NUMBER_WORDS[m[1] ?? ''] ?? num(m[1]);
    const min = now.getUTCFullYear() - n;
    return { min, label: `adopted in the last ${n} years (${min} or later)`, words: m[0] };
  }
  if (/\bthis year\b/.test(text)) return { min: now.getUTCFullYear(), max: now.getUTCFullYear(), label: `adopted in ${now.getUTCFullYear()}`, words: 'this year' };
  if (/\blast year\b/.test(text)) return { min: now.getUTCFullYear() - 1, max: now.getUTCFullYear() - 1, label: `adopted in ${now.getUTCFullYear() - 1}`, words: 'last year' };
  m = new RegExp(`\\b${Y}\\b`).exec(text);
  if (m) return { min: num(m[1]), max: num(m[1]), label: `adopted in ${m[1]}`, words: m[0] };
  return undefined;
}
