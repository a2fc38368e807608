import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildCatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { ContributedAgreement, ParsedMessage } from '../../core/contribution/parsed-message.js';
import { parseEmail } from '../../intake/parse/parse-email.js';
import { packageRoot } from '../../store/package-root.js';
import { readKnowledgeBase } from '../../store/read-knowledge-base.js';
import { UsageError, type CliIo } from '../cli-io.js';

export const summary = 'parse one contribution e-mail (.eml) and show what intake reads from it [--json]';
export const usage = 'normbot parse FILE.eml [--json]';

export async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { json: { type: 'boolean' }, db: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}; usage: ${usage}`);
  }
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length !== 1) throw new UsageError(`give exactly one .eml file; usage: ${usage}`);
  let raw: Buffer;
  try {
    raw = await fs.readFile(file);
  } catch (error) {
    io.stderr(`normbot parse: cannot read ${file} (${(error as { code?: string }).code ?? 'error'}); check the path\n`);
    return 1;
  }
  // the catalog the contributed agreements are matched against: data/ as shipped, or NORMBOT_DATA_DIR
  const dataDir = io.env.NORMBOT_DATA_DIR ? path.resolve(io.env.NORMBOT_DATA_DIR) : path.join(packageRoot(), 'data');
  const kb = await readKnowledgeBase(dataDir);
  const catalog = buildCatalogSnapshot({ agreements: kb.agreements, categories: kb.taxonomy.categories, elements: kb.taxonomy.elements, ggeNorms: kb.ggeNorms });
  const message = await parseEmail(raw, { catalog });
  io.stdout(parsed.values.json ? `${JSON.stringify(message, null, 2)}\n` : renderSummary(message));
  return 0;
}

/** A readable account of a parse, for a person at a terminal. */
export function renderSummary(m: ParsedMessage): string {
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
