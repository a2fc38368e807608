import { renderTerminal } from '../../bots/shell/render-terminal.js';
import type { Reply } from '../../core/reply/reply.js';
import type { CliIo } from '../cli-io.js';
import { openCliStore } from '../open-cli-store.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { terminalOptions } from '../terminal-options.js';

export const summary = 'list the agreements in the catalog [--json]';
export const usage = 'normbot agreements [--json] [--db PATH]';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, { json: { type: 'boolean' } }, usage);
  const store = await openCliStore(values.db as string | undefined, io);
  try {
    const { agreements } = await store.catalog.loadSnapshot();
    if (values.json) {
      const list = agreements.map((a) => ({
        id: a.id,
        name: a.name,
        aliases: a.aliases,
        year: a.year,
        partiesKinds: a.partiesKinds,
        maintainer: a.maintainer,
        binding: a.binding,
        url: a.url,
        elements: a.coverage.map((c) => ({ id: c.element, status: c.status })),
      }));
      io.stdout(`${JSON.stringify(list, null, 2)}\n`);
      return 0;
    }
    const reply: Reply = {
      intent: 'list-agreements',
      text: `${agreements.length} agreements`,
      blocks: [
        { type: 'heading', text: `${agreements.length} agreements in the catalog` },
        {
          type: 'table',
          columns: ['id', 'name', 'year', 'parties', 'binding', 'elements'],
          rows: agreements.map((a) => [String(a.id), a.name, a.year === null ? '?' : String(a.year), a.partiesKinds.join(', '), a.binding, String(a.coverage.length)]),
        },
      ],
      agreements: agreements.map((a) => ({ id: String(a.id), name: a.name })),
      norms: [],
      ephemeral: false,
    };
    io.stdout(renderTerminal(reply, terminalOptions(io)));
    return 0;
  } finally {
    await store.close();
  }
}
