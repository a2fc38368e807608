import { foldText } from './fold-text.js';

/** Month names in English, French and Spanish (folded), with common abbreviations. */
const MONTHS: ReadonlyArray<readonly [number, RegExp]> = [
  [1, /^(jan(uary)?|janv(ier)?|ene(ro)?)$/], [2, /^(feb(ruary)?|fevr?(ier)?|feb(rero)?)$/], [3, /^(mar(ch)?|mars|marzo)$/],
  [4, /^(apr(il)?|avr(il)?|abr(il)?)$/], [5, /^(may|mai|mayo)$/], [6, /^(june?|juin|jun(io)?)$/],
  [7, /^(july?|juil(let)?|jul(io)?)$/], [8, /^(aug(ust)?|aout|ago(sto)?)$/], [9, /^(sept?(ember)?|sept(embre)?|sep(tiembre)?|set(iembre)?)$/],
  [10, /^(oct(ober)?|oct(obre)?|oct(ubre)?)$/], [11, /^(nov(ember)?|nov(embre)?|nov(iembre)?)$/], [12, /^(dec(ember)?|dec(embre)?|dic(iembre)?)$/],
];

export interface NormalizedDate {
  year: number | null;
  /** ISO "2016-07-06", "2014-06" or "2017" when that much is written; null without a year */
  date: string | null;
}

/** Reads the launch year (and date when given) from "from 2016", "November 2018", "juin 2014", "6 July 2016", "2016-07-06". */
export function normalizeYear(text: string, now: Date = new Date()): NormalizedDate {
  const folded = foldText(text);
  const maxYear = now.getUTCFullYear() + 1;
  const iso = /\b((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?\b/.exec(folded);
  if (iso && Number(iso[1]) <= maxYear) return { year: Number(iso[1]), date: iso[3] ? `${iso[1]}-${iso[2]}-${iso[3]}` : `${iso[1]}-${iso[2]}` };
  const numeric = /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b/.exec(folded);
  if (numeric && Number(numeric[3]) <= maxYear) {
    // day first: the call's contributors write European dates; 10/11/2018 stays ambiguous but the year is sure
    return { year: Number(numeric[3]), date: Number(numeric[2]) <= 12 ? `${numeric[3]}-${pad(numeric[2]!)}-${pad(numeric[1]!)}` : numeric[3]! };
  }
  const yearMatch = [...folded.matchAll(/\b((?:19|20)\d\d)\b/g)].find((m) => Number(m[1]) <= maxYear);
  if (!yearMatch) return { year: null, date: null };
  const year = Number(yearMatch[1]);
  const before = folded.slice(0, yearMatch.index).trim().split(/[\s,]+/).slice(-4);
  const month = monthOf(before[before.length - 1] ?? '') ?? monthOf(before[before.length - 2] ?? '');
  if (month === null) return { year, date: String(year) };
  const day = before.map((w) => /^(\d{1,2})(st|nd|rd|th|er)?$/.exec(w)?.[1]).find((d) => d !== undefined && Number(d) >= 1 && Number(d) <= 31);
  return { year, date: day ? `${year}-${pad(String(month))}-${pad(day)}` : `${year}-${pad(String(month))}` };
}

function monthOf(word: string): number | null {
  const w = word.replace(/[.,]/g, '');
  return MONTHS.find(([, re]) => re.test(w))?.[0] ?? null;
}
const pad = (s: string) => s.padStart(2, '0');
