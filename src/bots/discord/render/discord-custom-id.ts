import { DISCORD_LIMITS } from './discord-limits.js';

/**
 * Every component custom id this bot sends: `nb:<verb>:<arg>[:<arg>]`. The prefix keeps ours apart
 * from anything else on the message; the arguments are short ids, never user text, so an id stays
 * far below Discord's 100 characters (checked here anyway).
 */
export const CUSTOM_ID_VERBS = [
  // card buttons: the ids of the core's card actions, plus Discord's second edit form
  'approve',
  'edit',
  'edit-norms',
  'reject',
  'merge',
  'undo-decision',
  'unsorted-draft',
  'unsorted-dismiss',
  'accept-edit',
  'decline-edit',
  // the second click of a confirmation, and its way out
  'approve-yes',
  'cancel',
  // modals and the merge menu
  'edit-form',
  'norms-form',
  'reject-form',
  'dismiss-form',
  'merge-pick',
  // Prev/Next of a long answer: key, page, tag, the asker's user id
  'page',
  // 👍, 👎 and "That's wrong" under an answer: its turn id (the conversation is the click's channel)
  'feedback-up',
  'feedback-down',
  'feedback-wrong',
] as const;
export type CustomIdVerb = (typeof CUSTOM_ID_VERBS)[number];

export interface ParsedCustomId {
  verb: CustomIdVerb;
  args: string[];
}

export function buildCustomId(verb: CustomIdVerb, ...args: string[]): string {
  const id = ['nb', verb, ...args].join(':');
  if (id.length > DISCORD_LIMITS.customId) throw new RangeError(`custom id over ${DISCORD_LIMITS.customId} characters: ${id.slice(0, 40)}...`);
  return id;
}

/** null for anything that is not one of ours: the caller refuses it. */
export function parseCustomId(customId: string): ParsedCustomId | null {
  const [prefix, verb, ...args] = customId.split(':');
  if (prefix !== 'nb' || !CUSTOM_ID_VERBS.includes(verb as CustomIdVerb)) return null;
  if (args.some((a) => !/^[A-Za-z0-9_-]{1,40}$/.test(a))) return null;
  return { verb: verb as CustomIdVerb, args };
}

/** The numeric id (draft, item) a custom id carries first, or null when malformed. */
export function subjectIdOf(parsed: ParsedCustomId): number | null {
  const id = Number(parsed.args[0]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
