import crypto from 'node:crypto';
import { labelContributor } from '../../src/core/contribution/build-drafts.js';
import type { CatalogMatch, Contributor } from '../../src/core/contribution/parsed-message.js';
import type { Draft, DraftFields } from '../../src/core/moderation/draft.js';
import type { Database } from '../../src/store/database.js';

export interface DraftSeed {
  fields?: Partial<DraftFields>;
  contributor?: Partial<Contributor>;
  evidence?: Draft['evidence'];
  catalogMatch?: CatalogMatch | null;
  createdAt?: string;
  messageId?: string | null;
}

export function aDraftFields(overrides: Partial<DraftFields> = {}): DraftFields {
  return {
    name: 'Nordic Cyber Stability Accord',
    launchYear: 2021,
    parties: 'Governments of the Nordic states',
    signatories: ['Denmark', 'Finland', 'Iceland', 'Norway', 'Sweden'],
    maintainer: 'Nordic Council of Ministers',
    ggeNorms: [{ id: '13f', name: 'Do not damage critical infrastructure', sentence: 'States should not attack critical infrastructure.' }],
    normElements: [{ id: '2.1', name: 'Protection of critical infrastructure', sentence: 'The parties protect their critical infrastructure.' }],
    ...overrides,
  };
}

export function aContributor(overrides: Partial<Contributor> = {}): Contributor {
  return { name: 'Ada Lovelace', affiliation: 'Analytical Engines Ltd', email: 'ada@example.org', country: 'UK', anonymous: false, ...overrides };
}

/**
 * Inserts a raw message, its contribution and one pending draft (with version 1) the way intake
 * does, straight into SQLite; returns the draft id.
 */
export async function insertDraft(db: Database, seed: DraftSeed = {}): Promise<number> {
  const contributor = aContributor(seed.contributor);
  const fields = aDraftFields(seed.fields);
  const at = seed.createdAt ?? '2026-11-23T09:00:00.000Z';
  const raw = Buffer.from(`Subject: contribution ${crypto.randomUUID()}\r\n\r\n${fields.name}\r\n`);
  return db.transaction(async (tx) => {
    const { lastID: rawId } = await tx.run(
      `INSERT INTO raw_messages (sha256, message_id, origin, received_at, size, raw, status) VALUES (?, ?, 'test', ?, ?, ?, 'processed')`,
      [crypto.createHash('sha256').update(raw).digest('hex'), seed.messageId === undefined ? `<${crypto.randomUUID()}@example.org>` : seed.messageId, at, raw.length, raw],
    );
    const { lastID: contributionId } = await tx.run(
      `INSERT INTO contributions (raw_message_id, kind, subject, contributor_name, contributor_affiliation, contributor_country, contributor_email, anonymous, parsed_json, created_at)
       VALUES (?, 'contribution', ?, ?, ?, ?, ?, ?, '{}', ?)`,
      [rawId, `Contribution: ${fields.name}`, contributor.anonymous ? null : contributor.name, contributor.affiliation, contributor.country, contributor.email, contributor.anonymous ? 1 : 0, at],
    );
    const { lastID: draftId } = await tx.run(
      `INSERT INTO drafts (contribution_id, idx, status, fields_json, evidence_json, catalog_match_json, contributor_label, version, created_at)
       VALUES (?, 0, 'pending', ?, ?, ?, ?, 1, ?)`,
      [
        contributionId,
        JSON.stringify(fields),
        JSON.stringify(seed.evidence ?? { name: { snippet: `Name of the agreement: ${fields.name}`, confidence: 1 } }),
        seed.catalogMatch ? JSON.stringify(seed.catalogMatch) : null,
        labelContributor(contributor),
        at,
      ],
    );
    await tx.run(`INSERT INTO draft_versions (draft_id, version, at, actor_json, fields_json, change) VALUES (?, 1, ?, ?, ?, ?)`, [
      draftId,
      at,
      JSON.stringify({ platform: 'system', id: 'intake', name: 'normbot intake' }),
      JSON.stringify(fields),
      `created from contribution #${contributionId}`,
    ]);
    return draftId;
  });
}

/** An in-memory Draft for pure tests (no store). */
export function aDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    id: 7,
    contributionId: 3,
    index: 0,
    status: 'pending',
    fields: aDraftFields(),
    evidence: { name: { snippet: 'Name of the agreement: Nordic Cyber Stability Accord', confidence: 1 }, launchYear: { snippet: 'adopted in 2021', confidence: 0.6 } },
    catalogMatch: null,
    contributorLabel: 'Ada Lovelace, Analytical Engines Ltd',
    version: 1,
    revision: 0,
    claimedBy: null,
    claimedAt: null,
    decidedBy: null,
    decidedAt: null,
    reason: null,
    agreementId: null,
    createdAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}
