import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createModeration } from '../src/core/moderation/create-moderation.js';
import type { Actor } from '../src/core/moderation/draft.js';
import { draftCardReply } from '../src/core/moderation/draft-card-reply.js';
import { createModerationStore } from '../src/store/moderation-store.js';
import { openStore } from '../src/store/open-store.js';
import { insertDraft } from '../tests/helpers/draft-builder.js';
import { percentiles } from './lib/measure.js';

const SEQUENTIAL = 200;
const RACES = 20;
const RACERS = 50;

function report(label: string, ms: number[]): void {
  const p = percentiles(ms);
  console.log(`${label.padEnd(44)} n=${p.n}  p50 ${p.p50.toFixed(2)} ms  p99 ${p.p99.toFixed(2)} ms`);
}

/** Moderation over a real SQLite file: approve/edit latency and simultaneous approvals of one draft. */
export async function run(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'normbot-bench-moderation-'));
  const store = await openStore(path.join(dir, 'bench.sqlite'));
  try {
    const moderation = createModeration({ store: createModerationStore(store), now: () => new Date() });
    const actor = (i: number): Actor => ({ platform: 'slack', id: `U${i}`, name: `Moderator ${i}` });
    const ids: number[] = [];
    for (let i = 0; i < SEQUENTIAL + RACES; i++) ids.push(await insertDraft(store.db, { fields: { name: `Bench accord ${i}` } }));

    const edits: number[] = [];
    const approvals: number[] = [];
    for (const id of ids.slice(0, SEQUENTIAL)) {
      let t = performance.now();
      await moderation.edit(id, actor(0), { launchYear: 2020 });
      edits.push(performance.now() - t);
      t = performance.now();
      const r = await moderation.approve(id, actor(0));
      approvals.push(performance.now() - t);
      if (!r.ok) throw new Error(`approve ${id} failed: ${r.message}`);
    }
    report('edit (new version)', edits);
    report('approve (catalog insert + outbox, 1 tx)', approvals);

    const races: number[] = [];
    for (const id of ids.slice(SEQUENTIAL)) {
      const t = performance.now();
      const results = await Promise.all(Array.from({ length: RACERS }, (_, i) => moderation.approve(id, actor(i))));
      races.push(performance.now() - t);
      const winners = results.filter((r) => r.ok).length;
      if (winners !== 1) throw new Error(`draft ${id}: ${winners} approvals won, expected exactly 1`);
    }
    report(`${RACERS} simultaneous approvals of one draft`, races);

    const snapshot = await store.catalog.loadSnapshot();
    const draft = await moderation.getDraft(ids[0] ?? 1);
    if (draft) {
      const cards: number[] = [];
      for (let i = 0; i < 1000; i++) {
        const t = performance.now();
        draftCardReply(draft, snapshot);
        cards.push(performance.now() - t);
      }
      report('draftCardReply (pure)', cards);
    }
  } finally {
    await store.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
