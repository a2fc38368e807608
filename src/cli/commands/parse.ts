import fs from 'node:fs/promises';
import { buildCatalogSnapshot, type CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import { checkParsedMessage, type ContributedAgreement, type ParsedMessage } from '../../core/contribution/parsed-message.js';
import { parseEmail } from '../../intake/parse/parse-email.js';
import { readKnowledgeBase } from '../../store/read-knowledge-base.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { openCliStore, resolveDataDir } from '../open-cli-store.js';
import { parseCommandArgs } from '../parse-command-args.js';

export const summary = 'parse one contribution e-mail (.eml) and show what intake reads from it [--json] [--db PATH]';
export const usage = 'normbot parse FILE.eml [--json] [--db PATH]';

/** The catalog the contributed agreements are matched against: the store's with --db, else the knowledge base (data/ as shipped, or NORMBOT_DATA_DIR). */
async function loadCatalog(dbOption: string | undefined, io: CliIo): Promise<CatalogSnapshot> {
  if (dbOption !== undefined) {
    const store = await openCliStore(dbOption, io);
    try {
      return await store.catalog.loadSnapshot();
    } finally {
      await store.close();
    }
  }
  const kb = await readKnowledgeBase(resolveDataDir(io));
  return buildCatalogSnapshot({ agreements: kb.agreements, categories: kb.taxonomy.categories, elements: kb.taxonomy.elements, ggeNorms: kb.ggeNorms });
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, usage, true);
  const file = positionals[0];
  if (!file || positionals.length !== 1) throw new UsageError(`give exactly one .eml file; usage: ${usage}`);
  let raw: Buffer;
  try {
    raw = await fs.readFile(file);
  } catch (error) {
    io.stderr(`normbot parse: cannot read ${file} (${(error as { code?: string }).code ?? 'error'}); check the path\n`);
    return 1;
  }
  const catalog = await loadCatalog(values.db as string | undefined, io);
  // checked as the intake checks it before storing: what is shown here is what intake would keep
  const checked = checkParsedMessage(await parseEmail(raw, { catalog }));
  if (!checked.ok) {
    io.stderr(`normbot parse: the parser returned an invalid result for ${file} (${checked.problems}); the intake would reject this mail as PARSE_INVALID\n`);
    return 1;
  }
  const message = checked.message;
  io.stdout(values.json ? `${JSON.stringify(message, null, 2)}\n` : renderSummary(message));
  return 0;
}

/** A readable account of a parse, for a person at a terminal. */
function renderSummary(m: ParsedMessage): string {
  const c = m.contributor;
  const lines = [
    `${m.kind} (${m.kindReason})`,
    `subject:     ${m.subject || '(none)'}`,
    `parts:       ${m.parts.join(', ') || '(none)'}`,
    `contributor: ${c.anonymous ? '(anonymous)' : (c.name ?? '(no name)')}${c.affiliation ? `, ${c.affiliation}` : ''}${c.country ? `, ${c.country}` : ''}`,
  ];
  m.agreements.forEach((a, i) => lines.push('', ...renderAgreement(a, i + 1)));
  for (const [n, text] of Object.entries(m.answers)) lines.push('', `answer ${n}: ${text.length > 300 ? `${text.slice(0, 300)}...` : text}`);
  if (m.warnings.length > 0) lines.push('', 'warnings:', ...m.warnings.map((w) => `  [${w.code}] ${w.message}`));
  return `${lines.join('\n')}\n`;
}

function renderAgreement(a: ContributedAgreement, n: number): string[] {
  const out = [`agreement ${n}: ${a.name || '(no name)'}`];
  if (a.catalogMatch) out.push(`  looks like:  ${a.catalogMatch.name} (score ${a.catalogMatch.score})`);
  out.push(`  launched:    ${a.launchYear ?? '?'}${a.launchDate && a.launchDate !== String(a.launchYear) ? ` (${a.launchDate})` : ''}`);
  if (a.parties) out.push(`  parties:     ${a.parties}`);
  if (a.signatories.length > 0) out.push(`  signatories: ${a.signatories.join(', ')}`);
  if (a.maintainer || a.maintainerContact) out.push(`  maintainer:  ${[a.maintainer, a.maintainerContact].filter(Boolean).join(' / ')}`);
  if (a.ggeNorms.length > 0) out.push(`  GGE norms:   ${a.ggeNorms.map((s) => s.id).join(', ')}`);
  if (a.normElements.length > 0) out.push(`  elements:    ${a.normElements.map((s) => `${s.id} ${s.name}`).join('; ')}`);
  return out;
}
