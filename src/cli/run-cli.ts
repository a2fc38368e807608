import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatError, UsageError } from '../errors.js';
import { DB_BUSY_MESSAGE } from '../store/store-error.js';
import type { CliCommand, CliIo } from './cli-io.js';
import { COMMAND_AUDIENCES } from './command-audiences.js';

/** sysexits.h: a temporary failure; the user is invited to retry */
const EX_TEMPFAIL = 75;

const commandsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'commands');

/** Command names come from the files in commands/: `discord:register` lives in discord-register.js. */
export function listCommands(): string[] {
  return fs
    .readdirSync(commandsDir)
    .filter((f) => f.endsWith('.js') || (f.endsWith('.ts') && !f.endsWith('.d.ts')))
    .map((f) => f.replace(/\.(js|ts)$/, ''))
    .filter((n, i, all) => all.indexOf(n) === i)
    .map((n) => n.replace(/^discord-/, 'discord:'))
    .sort();
}

async function loadCommand(name: string): Promise<CliCommand | null> {
  if (!/^[a-z][a-z0-9:-]*$/.test(name)) return null;
  const file = name.replace(':', '-');
  if (!listCommands().includes(name)) return null;
  const ext = fs.existsSync(path.join(commandsDir, `${file}.js`)) ? 'js' : 'ts';
  return (await import(path.join(commandsDir, `${file}.${ext}`))) as CliCommand;
}

async function usage(io: CliIo): Promise<void> {
  const names = listCommands();
  const listed = new Set(COMMAND_AUDIENCES.flatMap((g) => g.commands));
  const groups = [...COMMAND_AUDIENCES, { title: 'Other commands', commands: names.filter((n) => !listed.has(n)) }];
  const lines = ['usage: normbot <command> [options]   (every command takes --db PATH; "normbot <command> --help" for its options)'];
  for (const group of groups) {
    const present = group.commands.filter((n) => names.includes(n));
    if (present.length === 0) continue;
    lines.push('', `${group.title}:`);
    for (const name of present) lines.push(`  ${name.padEnd(18)} ${(await loadCommand(name))?.summary ?? ''}`);
  }
  io.stdout(lines.join('\n') + '\n');
}

/** Runs one command and returns the process exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    await usage(io);
    return name ? 0 : 2;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.stderr(`normbot: unknown command "${name}". Run "normbot help" to list the commands.\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`usage: ${command.usage}\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`normbot ${name}: ${error.message}\n`);
      return 2;
    }
    if ((error as { code?: unknown }).code === 'DB_BUSY') {
      io.stderr(`normbot ${name}: ${DB_BUSY_MESSAGE}\n`);
      return EX_TEMPFAIL;
    }
    io.stderr(`normbot ${name}: ${formatError(error)}\n`);
    return 1;
  }
}
