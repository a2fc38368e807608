import { DraftStatusSchema, type DraftStatus } from '../moderation/draft.js';

export type ChatCommand =
  | { verb: 'drafts'; status: DraftStatus | 'all' }
  | { verb: 'digest' }
  | { verb: 'help' }
  | { verb: 'show' | 'history' | 'approve' | 'undo' | 'claim' | 'accept-edit'; draftId: number }
  | { verb: 'decline-edit'; draftId: number; reason: string | null }
  | { verb: 'release'; draftId: number; override: boolean }
  | { verb: 'reject'; draftId: number; reason: string }
  | { verb: 'merge'; draftId: number; target: string }
  | { verb: 'edit'; draftId: number; assignments: string }
  | { verb: 'confirm'; agreementId: number; elementId: string; source: string | null }
  /** the "needs a look" queue: list, one item's card, make drafts of it, or dismiss it */
  | { verb: 'unsorted' }
  | { verb: 'unsorted-show' | 'unsorted-draft'; itemId: number }
  | { verb: 'unsorted-dismiss'; itemId: number; reason: string }
  | { verb: 'export'; format: 'csv' | 'json' | 'xlsx'; since: string | null }
  /** a moderation verb used the wrong way: answered with help */
  | { verb: 'invalid'; message: string }
  /** "/frobnicate": moderators get help, members get the question engine */
  | { verb: 'unknown'; message: string };

/** Verbs that are only ever moderation commands; "show" and "help" also start questions. */
const DRAFT_VERBS = new Set(['approve', 'reject', 'merge', 'edit', 'undo', 'claim', 'release', 'history', 'accept-edit', 'decline-edit']);

const USAGE: Record<string, string> = {
  approve: 'approve N',
  reject: 'reject N <reason>',
  merge: 'merge N <agreement name or id>',
  edit: 'edit N field=value',
  undo: 'undo N',
  claim: 'claim N',
  release: 'release N [override]',
  history: 'history N',
  'accept-edit': 'accept-edit N',
  'decline-edit': 'decline-edit N [reason]',
  drafts: 'drafts [pending|approved|rejected|merged|all]',
  confirm: 'confirm <agreement id> <element id> [source address]',
  unsorted: 'unsorted [N | draft N | dismiss N <reason>]',
  export: 'export [xlsx|csv|json] [since YYYY-MM-DD]',
};

/**
 * Reads a moderation command from a chat message, or null when the message is a question.
 * "show me agreements on 2.1" is a question; "show 12" is a command.
 */
export function parseChatCommand(input: string): ChatCommand | null {
  const text = input.trim().replace(/\s+/g, ' ');
  const m = /^([/!]?)([A-Za-z][\w-]*)(?: (.*))?$/.exec(text);
  if (!m) return null;
  const prefixed = m[1] !== '';
  const verb = (m[2] ?? '').toLowerCase();
  const rest = (m[3] ?? '').trim();
  const idMatch = /^#?(\d{1,9})(?: (.*))?$/.exec(rest);
  const draftId = idMatch ? Number(idMatch[1]) : null;
  const tail = (idMatch?.[2] ?? '').trim();

  if (verb === 'drafts' || verb === 'queue') {
    if (rest === '') return { verb: 'drafts', status: 'pending' };
    const status = rest.toLowerCase();
    if (status === 'all') return { verb: 'drafts', status: 'all' };
    const parsed = DraftStatusSchema.safeParse(status);
    return parsed.success ? { verb: 'drafts', status: parsed.data } : { verb: 'invalid', message: `Usage: ${USAGE.drafts}` };
  }
  if (verb === 'digest' && rest === '') return { verb: 'digest' };
  if (verb === 'help' && (rest === '' || prefixed)) return { verb: 'help' };
  if (verb === 'show' && draftId !== null && tail === '') return { verb: 'show', draftId };
  if (verb === 'confirm') {
    const c = /^#?(\d{1,9}) ([1-6]\.\d{1,2})(?: (\S+))?$/.exec(rest);
    return c ? { verb: 'confirm', agreementId: Number(c[1]), elementId: c[2] ?? '', source: c[3] ?? null } : { verb: 'invalid', message: `Usage: ${USAGE.confirm}` };
  }
  if (verb === 'unsorted') return parseUnsorted(rest);
  if (verb === 'export') {
    const e = /^(?:(xlsx|csv|json) ?)?(?:since (\d{4}-\d{2}-\d{2}))?$/i.exec(rest);
    if (e) return { verb: 'export', format: (e[1]?.toLowerCase() ?? 'xlsx') as 'xlsx' | 'csv' | 'json', since: e[2] ?? null };
    // "export controls on cyber weapons?" is a question
    return prefixed ? { verb: 'invalid', message: `Usage: ${USAGE.export}` } : null;
  }
  if (!DRAFT_VERBS.has(verb)) return prefixed ? { verb: 'unknown', message: `There is no command "${verb}".` } : null;

  const usage = `Usage: ${USAGE[verb] ?? verb}`;
  if (draftId === null || draftId < 1) return { verb: 'invalid', message: `${usage} (N is the draft number, see "drafts").` };
  switch (verb) {
    case 'reject':
      return tail === '' ? { verb: 'invalid', message: `${usage}: the contributor is told the reason.` } : { verb: 'reject', draftId, reason: tail };
    case 'merge':
      return tail === '' ? { verb: 'invalid', message: usage } : { verb: 'merge', draftId, target: tail };
    case 'edit':
      return tail === '' ? { verb: 'invalid', message: `${usage}; fields: name, year, parties, signatories, maintainer, elements, gge.` } : { verb: 'edit', draftId, assignments: tail };
    case 'decline-edit':
      return { verb: 'decline-edit', draftId, reason: tail === '' ? null : tail };
    case 'release':
      if (tail !== '' && tail.toLowerCase() !== 'override') return { verb: 'invalid', message: usage };
      return { verb: 'release', draftId, override: tail.toLowerCase() === 'override' };
    default:
      return tail === '' ? { verb: verb as 'approve' | 'undo' | 'claim' | 'history' | 'accept-edit', draftId } : { verb: 'invalid', message: usage };
  }
}

/** "unsorted", "unsorted 3", "unsorted draft 3", "unsorted dismiss 3 <reason>". */
function parseUnsorted(rest: string): ChatCommand {
  if (rest === '') return { verb: 'unsorted' };
  const m = /^(?:(draft|dismiss) )?#?(\d{1,9})(?: (.*))?$/i.exec(rest);
  const itemId = Number(m?.[2]);
  const action = m?.[1]?.toLowerCase();
  const tail = (m?.[3] ?? '').trim();
  const usage = { verb: 'invalid' as const, message: `Usage: ${USAGE.unsorted} (N is the item number, see "unsorted").` };
  if (!m || itemId < 1) return usage;
  if (action === 'dismiss') return tail === '' ? { verb: 'invalid', message: `Usage: unsorted dismiss ${itemId} <reason>: the reason is kept with the item.` } : { verb: 'unsorted-dismiss', itemId, reason: tail };
  if (tail !== '') return usage;
  return { verb: action === 'draft' ? 'unsorted-draft' : 'unsorted-show', itemId };
}
