import { z } from 'zod';

/** What a card in Slack or Discord stands for: a draft, or an item of the "needs a look" queue. */
export const CardSubjectSchema = z.object({ kind: z.enum(['draft', 'unsorted']), id: z.number().int().positive() });
export type CardSubject = z.infer<typeof CardSubjectSchema>;

/** "draft:12", "unsorted:3": one key per subject, for queues and logs. */
export function subjectKey(subject: CardSubject): string {
  return `${subject.kind}:${subject.id}`;
}
