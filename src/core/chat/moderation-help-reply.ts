import type { Reply } from '../reply/reply.js';

const COMMANDS: ReadonlyArray<[string, string]> = [
  ['drafts [status|all]', 'the queue of drafts, oldest first'],
  ['show N', 'one draft as a card, with its evidence and history'],
  ['claim N', 'take a draft so others know you are on it (30 minutes)'],
  ['release N [override]', 'give a claim back (override: take it from someone else)'],
  ['edit N field=value', 'change name, year, parties, signatories, maintainer, elements, gge'],
  ['undo N', 'undo the last edit, or a decision taken in the last 15 minutes'],
  ['accept-edit N', "apply the contributor's correction (from their reply) to the draft"],
  ['decline-edit N [reason]', "close the contributor's correction without applying it"],
  ['history N', 'every version and decision of a draft: who, when, what or why'],
  ['approve N', 'add the draft to the catalog'],
  ['reject N <reason>', 'reject it; the contributor is told the reason'],
  ['merge N <agreement>', 'add it to an existing agreement (name or id)'],
  ['confirm A E [source]', 'mark the unverified link from agreement A to element E as checked'],
  ['unsorted', 'mails that became no draft and need a look'],
  ['unsorted N', 'one of them as a card'],
  ['unsorted draft N', 'make drafts from it, prefilled with what was found'],
  ['unsorted dismiss N <reason>', 'close it as not a contribution (the reason is kept)'],
  ['digest', 'pending drafts and mails that need a look, with how long they have waited'],
  ['export [xlsx|csv|json] [since DATE]', 'the catalog as a file: agreements, coverage links, the matrix'],
];

/** The moderation commands; `problem` says what was wrong with the last one. */
export function moderationHelpReply(problem?: string): Reply {
  const lines = COMMANDS.map(([cmd, what]) => `${cmd} - ${what}`);
  const intro = 'Moderation commands (anything else is answered as a question about the norms catalog):';
  return {
    intent: 'help',
    text: [...(problem ? [problem, ''] : []), intro, ...lines].join('\n'),
    blocks: [
      ...(problem ? [{ type: 'paragraph' as const, text: problem }] : []),
      { type: 'paragraph', text: intro },
      { type: 'table', columns: ['Command', 'What it does'], rows: COMMANDS.map(([c, w]) => [c, w]) },
    ],
    agreements: [],
    norms: [],
    ephemeral: problem !== undefined,
  };
}
