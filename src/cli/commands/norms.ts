import { renderTerminal } from '../../bots/shell/render-terminal.js';
import type { Block, Reply } from '../../core/reply/reply.js';
import type { CliIo } from '../cli-io.js';
import { openCliStore } from '../open-cli-store.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { terminalOptions } from '../terminal-options.js';

export const summary = 'list the 26 norm elements with how many agreements cover each [--json]';
export const usage = 'normbot norms [--json] [--db PATH]';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, { json: { type: 'boolean' } }, usage);
  const store = await openCliStore(values.db as string | undefined, io);
  try {
    const catalog = await store.catalog.loadSnapshot();
    const rows = catalog.elements.map((e) => ({
      id: e.id,
      category: { id: e.categoryId, name: catalog.categories.find((c) => c.id === e.categoryId)?.name ?? '' },
      name: e.name,
      description: e.description,
      agreements: catalog.agreementsByElement.get(e.id)?.length ?? 0,
    }));
    if (values.json) {
      io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    const blocks: Block[] = [{ type: 'heading', text: `${rows.length} norm elements in ${catalog.categories.length} categories` }];
    for (const category of catalog.categories) {
      blocks.push({ type: 'heading', text: `${category.id}. ${category.name}` });
      blocks.push({
        type: 'list',
        ordered: false,
        items: rows
          .filter((r) => r.category.id === category.id)
          .map((r) => ({ title: `${r.id} ${r.name} (${r.agreements} agreement${r.agreements === 1 ? '' : 's'})`, detail: r.description })),
      });
    }
    const reply: Reply = {
      intent: 'list-norms',
      text: `${rows.length} norm elements`,
      blocks,
      agreements: [],
      norms: rows.map((r) => ({ id: r.id, name: r.name })),
      ephemeral: false,
    };
    io.stdout(renderTerminal(reply, terminalOptions(io)));
    return 0;
  } finally {
    await store.close();
  }
}
