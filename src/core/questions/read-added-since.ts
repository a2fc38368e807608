import { addDays } from '../catalog/dataset-entry.js';
import { describeIgf, igfMeeting, lastIgfBefore, type IgfMeeting } from '../catalog/igf-meetings.js';
import type { AgreementFilters } from './agreement-filters.js';

/**
 * When a question about additions to the BPF's dataset starts and ends, from normalised text:
 * "since IGF 2021" and "since the last IGF" (after that meeting), "added in 2022" and "since 2022"
 * (the BPF's yearly cycle, which ends at that year's IGF), an ISO date "since 2023 01 15".
 */
export function readAddedSince(text: string, now: Date): AgreementFilters['addedSince'] {
  const last = /\b(?:since|after) (?:the )?(?:last|previous|latest|most recent|past) igf\b/.test(text) ? lastIgfBefore(now) : undefined;
  const named = /\b(?:igf (\d{4})|(\d{4}) igf)\b/.exec(text);
  const igf = last ?? (named ? igfMeeting(Number(named[1] ?? named[2])) : undefined);
  if (igf) return { date: addDays(igf.to, 1), label: `entered the BPF's dataset after ${describeIgf(igf)}` };
  const iso = /\b((?:19|20)\d\d) (0[1-9]|1[0-2])(?: (0[1-9]|[12]\d|3[01]))?\b/.exec(text);
  if (iso) {
    const date = `${iso[1]}-${iso[2]}-${iso[3] ?? '01'}`;
    return { date, label: `entered the BPF's dataset on or after ${date}` };
  }
  const inYear = /\b(?:in|during) ((?:19|20)\d\d)\b/.exec(text);
  const sinceYear = /\b(?:since|after|from) ((?:19|20)\d\d)\b/.exec(text);
  const year = Number(inYear?.[1] ?? sinceYear?.[1]);
  if (!year) return undefined;
  const cycle = cycleOf(year);
  if (inYear) return { date: cycle.date, until: cycle.until, label: `entered the BPF's dataset in ${year} (${cycle.words})` };
  return { date: cycle.date, label: `entered the BPF's dataset in ${year} or later (on or after ${cycle.date})` };
}

/** The BPF's year Y runs from the day after IGF Y-1 to the end of IGF Y; calendar years where no meeting is known. */
function cycleOf(year: number): { date: string; until: string; words: string } {
  const before: IgfMeeting | undefined = igfMeeting(year - 1);
  const end: IgfMeeting | undefined = igfMeeting(year);
  const date = before ? addDays(before.to, 1) : `${year}-01-01`;
  const until = end ? end.to : `${year}-12-31`;
  const words = before && end ? `the BPF's ${year} cycle, after IGF ${year - 1} and by the end of IGF ${year}` : `${date} to ${until}`;
  return { date, until, words };
}
