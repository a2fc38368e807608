import { z } from 'zod';
import type { ReadQuestion } from '../read-question.js';

/** A reading as plain data, for stored feedback: ids and the words each part came from. */
export const ReadingSummarySchema = z.object({
  agreements: z.array(z.object({ id: z.number(), name: z.string(), score: z.number() })),
  topics: z.array(z.object({ elements: z.array(z.string()), polarity: z.enum(['include', 'exclude']), words: z.string() })),
  elementIds: z.array(z.string()),
  ggeLetters: z.array(z.string()),
  category: z.string().optional(),
  parties: z.array(z.object({ kinds: z.array(z.string()), polarity: z.string(), words: z.string() })),
  binding: z.object({ values: z.array(z.string()), words: z.string() }).optional(),
  years: z.object({ min: z.number().optional(), max: z.number().optional(), words: z.string() }).optional(),
  maintainer: z.object({ words: z.array(z.string()), exclude: z.boolean() }).optional(),
  within: z.array(z.number()).optional(),
  picks: z.array(z.number()).optional(),
  unknownNames: z.array(z.string()),
  unknownConvener: z.string().optional(),
  /** the kinds of answer asked for ("forList", "compare", "who") */
  asks: z.array(z.string()),
  followUp: z.boolean(),
});
export type ReadingSummary = z.infer<typeof ReadingSummarySchema>;

export function summarizeReading(rq: ReadQuestion): ReadingSummary {
  const f = rq.filters;
  return {
    agreements: rq.agreements.map((m) => ({ id: m.agreement.id, name: m.agreement.name, score: m.score })),
    topics: rq.topics.map((t) => ({ elements: t.elements.map((e) => e.id), polarity: t.polarity, words: t.words })),
    elementIds: rq.elements.map((m) => m.element.id),
    ggeLetters: rq.ggeLetters,
    ...(rq.category ? { category: rq.category.id } : {}),
    parties: (f.parties ?? []).map((p) => ({ kinds: p.kinds, polarity: p.polarity, words: p.words })),
    ...(f.binding ? { binding: { values: f.binding.values, words: f.binding.words ?? '' } } : {}),
    ...(f.years ? { years: { ...(f.years.min !== undefined ? { min: f.years.min } : {}), ...(f.years.max !== undefined ? { max: f.years.max } : {}), words: f.years.words ?? '' } } : {}),
    ...(f.maintainer ? { maintainer: { words: f.maintainer.words, exclude: Boolean(f.maintainer.exclude) } } : {}),
    ...(f.within ? { within: f.within.ids } : {}),
    ...(rq.picks ? { picks: rq.picks.ids } : {}),
    unknownNames: rq.unknownNames.map((u) => u.name),
    ...(rq.unknownConvener ? { unknownConvener: rq.unknownConvener } : {}),
    asks: Object.entries(rq.asks).filter(([, on]) => on).map(([k]) => k),
    followUp: rq.followUp !== undefined,
  };
}
