/** Who uses each command, for `normbot help`; a command not listed shows under "Other commands". */
export const COMMAND_AUDIENCES: ReadonlyArray<{ title: string; commands: readonly string[] }> = [
  { title: 'For members: ask about the catalog', commands: ['ask', 'chat', 'agreements', 'norms', 'chart'] },
  { title: 'For moderators: drafts and the catalog', commands: ['drafts', 'show', 'edit', 'undo', 'accept-edit', 'decline-edit', 'approve', 'reject', 'merge', 'unsorted', 'digest', 'export'] },
  { title: 'For operators: mail and chat set-up', commands: ['ingest', 'parse', 'discord:register'] },
];
