import type { Agreement } from '../core/catalog/agreement.js';
import { ANONYMOUS_LABEL } from '../core/contribution/build-drafts.js';
import type { CatalogRepository } from './catalog-repository.js';
import type { Database } from './database.js';

const WITHHELD = '[name withheld]';

/** The name as a whole word or phrase, in any case: "Ada Lovelace" in "contact: ada lovelace". */
function nameScrubber(name: string | null): (text: string) => string {
  const n = name?.trim() ?? '';
  if (n.length < 3) return (text) => text;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => text.replace(re, WITHHELD);
}

/** Every string of a JSON document with the name withheld. */
function scrubJson(json: string, scrub: (text: string) => string): string {
  const deep = (v: unknown): unknown =>
    typeof v === 'string' ? scrub(v) : Array.isArray(v) ? v.map(deep) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deep(x)])) : v;
  return JSON.stringify(deep(JSON.parse(json)));
}

function scrubAgreement(a: Agreement, scrub: (text: string) => string): Agreement {
  return {
    ...a,
    name: scrub(a.name),
    aliases: a.aliases.map(scrub),
    partiesDetail: scrub(a.partiesDetail),
    maintainer: scrub(a.maintainer),
    dateDetail: scrub(a.dateDetail),
    ...(a.note === undefined ? {} : { note: scrub(a.note) }),
    coverage: a.coverage.map((c) => ({ ...c, evidence: scrub(c.evidence) })),
  };
}

/**
 * Inside the intake's transaction, on the contributor's word: the contribution becomes anonymous
 * everywhere. No name is kept on it (the raw mail keeps what was sent), every draft of it is shown
 * as from an anonymous contributor, decided ones included, and the name is withheld wherever it
 * was copied: the stored parse, the thread's excerpts and the catalog agreements approved or
 * merged from it (each change recorded in the catalog history, citing the reply). Returns the
 * agreements changed.
 */
export async function anonymizeContribution(
  tx: Database,
  catalog: Pick<CatalogRepository, 'getAgreement' | 'upsertAgreement'>,
  input: { contributionId: number; source: string },
  now: Date,
): Promise<number[]> {
  const c = input.contributionId;
  const row = await tx.get<{ name: string | null }>('SELECT contributor_name AS name FROM contributions WHERE id = ?', [c]);
  const scrub = nameScrubber(row?.name ?? null);
  await tx.run(
    `UPDATE contributions SET anonymous = 1, contributor_name = NULL,
       parsed_json = json_remove(json_set(parsed_json, '$.contributor.name', NULL, '$.contributor.anonymous', json('true')), '$.contributorEvidence.name')
     WHERE id = ?`,
    [c],
  );
  const parsed = await tx.get<{ parsed_json: string }>('SELECT parsed_json FROM contributions WHERE id = ?', [c]);
  if (parsed) await tx.run('UPDATE contributions SET parsed_json = ? WHERE id = ?', [scrubJson(parsed.parsed_json, scrub), c]);
  await tx.run('UPDATE drafts SET contributor_label = ? WHERE contribution_id = ?', [ANONYMOUS_LABEL, c]);
  for (const r of await tx.all<{ id: number; reading_json: string }>('SELECT id, reading_json FROM contribution_replies WHERE contribution_id = ?', [c])) {
    const scrubbed = scrubJson(r.reading_json, scrub);
    if (scrubbed !== r.reading_json) await tx.run('UPDATE contribution_replies SET reading_json = ? WHERE id = ?', [scrubbed, r.id]);
  }
  const changed: number[] = [];
  const decided = await tx.all<{ agreement_id: number }>(
    `SELECT DISTINCT agreement_id FROM drafts WHERE contribution_id = ? AND status IN ('approved', 'merged') AND agreement_id IS NOT NULL`,
    [c],
  );
  for (const { agreement_id: id } of decided) {
    const before = await catalog.getAgreement(tx, id);
    if (!before) continue;
    const after = scrubAgreement(before, scrub);
    if (JSON.stringify(after) === JSON.stringify(before)) continue;
    await catalog.upsertAgreement(tx, after, { actor: 'system:intake', at: now.toISOString(), source: input.source, action: 'anonymize-contributor' });
    changed.push(id);
  }
  return changed;
}
