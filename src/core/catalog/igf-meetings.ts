/**
 * The IGF's annual meetings, for questions such as "new since IGF 2021" or "since the last IGF".
 * Dates from the IGF's meeting pages (intgovforum.org); add each year's meeting when it is held.
 */
export interface IgfMeeting {
  year: number;
  place: string;
  /** ISO dates, first and last day */
  from: string;
  to: string;
}

export const IGF_MEETINGS: readonly IgfMeeting[] = [
  { year: 2014, place: 'Istanbul', from: '2014-09-02', to: '2014-09-05' },
  { year: 2015, place: 'João Pessoa', from: '2015-11-10', to: '2015-11-13' },
  { year: 2016, place: 'Guadalajara', from: '2016-12-06', to: '2016-12-09' },
  { year: 2017, place: 'Geneva', from: '2017-12-18', to: '2017-12-21' },
  { year: 2018, place: 'Paris', from: '2018-11-12', to: '2018-11-14' },
  { year: 2019, place: 'Berlin', from: '2019-11-25', to: '2019-11-29' },
  { year: 2020, place: 'online', from: '2020-11-02', to: '2020-11-17' },
  { year: 2021, place: 'Katowice', from: '2021-12-06', to: '2021-12-10' },
  { year: 2022, place: 'Addis Ababa', from: '2022-11-28', to: '2022-12-02' },
  { year: 2023, place: 'Kyoto', from: '2023-10-08', to: '2023-10-12' },
  { year: 2024, place: 'Riyadh', from: '2024-12-15', to: '2024-12-19' },
  { year: 2025, place: 'Lillestrøm', from: '2025-06-23', to: '2025-06-27' },
];

export function igfMeeting(year: number): IgfMeeting | undefined {
  return IGF_MEETINGS.find((m) => m.year === year);
}

/** The most recent meeting that had ended before `now`. */
export function lastIgfBefore(now: Date): IgfMeeting | undefined {
  const today = now.toISOString().slice(0, 10);
  return IGF_MEETINGS.filter((m) => m.to < today).at(-1);
}

/** "IGF 2021 (Katowice, 6-10 December 2021)" */
export function describeIgf(m: IgfMeeting): string {
  return `IGF ${m.year} (${m.place}, ${m.from} to ${m.to})`;
}
