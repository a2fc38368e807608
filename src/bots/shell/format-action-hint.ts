import type { Action } from '../../core/reply/reply.js';

/** What the operator types for each action (the chat command syntax, see parse-chat-command). */
const ARGUMENTS: Record<string, string> = {
  reject: ' <reason>',
  merge: ' <agreement name or id>',
  edit: ' field=value',
};

/** An action as the command that performs it: "[approve 12]", "[reject 12 <reason>]". */
export function formatActionHint(action: Action): string {
  const value = action.value ? ` ${action.value}` : '';
  return `[${action.id}${value}${ARGUMENTS[action.id] ?? ''}]`;
}
