import { readAcknowledgementConfig } from '../../config.js';
import { parseEmail } from '../../intake/parse/parse-email.js';
import { collectMailSources } from '../../intake/ingest/collect-mail-sources.js';
import type { IngestOutcome } from '../../intake/ingest/ingest-deps.js';
import { ingestMessage } from '../../intake/ingest/ingest-message.js';
import { createLogger } from '../../logger.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { openCliStore } from '../open-cli-store.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { startProgressBar } from '../start-progress-bar.js';

export const summary = 'import contribution mail: .eml files, folders (recursively) and mbox files [--db PATH]';
export const usage = 'normbot ingest PATH... [--db PATH]';

interface Tally {
  contributions: number;
  drafts: number;
  duplicates: number;
  autoReplies: number;
  bounces: number;
  other: number;
  failed: number;
}

function count(t: Tally, o: IngestOutcome): void {
  if (o.status === 'duplicate') t.duplicates++;
  else if (o.status === 'failed' || o.status === 'retry') t.failed++;
  else if (o.kind === 'contribution') {
    t.contributions++;
    t.drafts += o.draftIds.length;
  } else if (o.kind === 'auto-reply') t.autoReplies++;
  else if (o.kind === 'bounce') t.bounces++;
  else t.other++;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {}, usage, true);
  if (positionals.length === 0) throw new UsageError(`give at least one .eml file, folder or mbox file; usage: ${usage}`);
  const { sources, problems } = await collectMailSources(positionals);
  for (const p of problems) io.stderr(`normbot ingest: ${p.path}: ${p.message}\n`);

  const store = await openCliStore(values.db as string | undefined, io);
  const tally: Tally = { contributions: 0, drafts: 0, duplicates: 0, autoReplies: 0, bounces: 0, other: 0, failed: 0 };
  const failures: string[] = [];
  try {
    const deps = {
      db: store.db,
      parse: parseEmail,
      catalog: () => store.catalog.loadSnapshot(),
      smtpFrom: io.env.SMTP_FROM ?? '',
      // the same rules as the bot: an .eml file carries the Authentication-Results its server stamped
      acknowledgements: readAcknowledgementConfig(io.env),
      // the summary is the report; logs only when asked for (LOG_LEVEL), on stderr
      logger: createLogger(io.env.LOG_LEVEL ?? 'silent').child({ component: 'intake' }),
      now: () => new Date(),
    };
    const progress = startProgressBar(io, sources.length, ['new', 'duplicates', 'failed']);
    for (const [i, source] of sources.entries()) {
      const outcome = await ingestMessage(source.raw, `file:${source.origin}`, deps);
      count(tally, outcome);
      if (outcome.status === 'failed' || outcome.status === 'retry') failures.push(`${source.origin}: ${outcome.error.code}: ${outcome.error.message}`);
      progress?.update(i + 1, { new: tally.contributions, duplicates: tally.duplicates, failed: tally.failed });
    }
    progress?.stop();
  } finally {
    await store.close();
  }
  for (const f of failures.slice(0, 20)) io.stderr(`failed: ${f}\n`);
  if (failures.length > 20) io.stderr(`... and ${failures.length - 20} more failures\n`);
  io.stdout(
    [
      `messages read:     ${sources.length}`,
      `new contributions: ${tally.contributions}`,
      `drafts created:    ${tally.drafts}`,
      `duplicates:        ${tally.duplicates}`,
      `auto-replies:      ${tally.autoReplies}`,
      `bounces:           ${tally.bounces}`,
      `other mail:        ${tally.other}`,
      `failed:            ${tally.failed}`,
    ].join('\n') + '\n',
  );
  return problems.length > 0 ? 1 : 0;
}
