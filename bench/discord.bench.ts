import path from 'node:path';
import { createModeration } from '../src/core/moderation/create-moderation.js';
import { silentLogger } from '../src/logger.js';
import { startDiscordBot } from '../src/bots/discord/start-discord-bot.js';
import { createModerationStore } from '../src/store/moderation-store.js';
import { openStore } from '../src/store/open-store.js';
import { insertDraft } from '../tests/helpers/draft-builder.js';
import { startFakeDiscordApi } from '../tests/helpers/fake-discord-api.js';
import { makeTempDir } from '../tests/helpers/make-temp-dir.js';
import { autocompleteNorms, button, IDS, MEMBER_CARL, MOD_ANNA, slashNorms } from '../tests/integration/discord/discord-payloads.js';
import { percentiles } from './lib/measure.js';

const DRAFTS = 200;
const QUESTIONS = 200;
const QUESTION_TEXTS = [
  'Which agreements cover critical infrastructure protection?',
  'What does the Cybersecurity Tech Accord cover?',
  'Which agreements were launched after 2020?',
  'what is 2.5?',
];

const figures = (xs: number[]) => {
  const p = percentiles(xs);
  return `p50 ${p.p50.toFixed(1)} ms   p99 ${p.p99.toFixed(1)} ms   max ${p.max.toFixed(1)} ms`;
};

/**
 * Interaction -> callback latency of the real discord.js client over a real SQLite store, REST on
 * a loopback server: how long after an interaction arrives its acknowledgement is sent (Discord
 * allows 3,000 ms), and how long until the whole answer or card edit went out.
 */
export async function run(): Promise<void> {
  const tmp = await makeTempDir('normbot-discord-bench-');
  const store = await openStore(path.join(tmp.dir, 'bench.sqlite'));
  const moderation = createModeration({ store: createModerationStore(store), now: () => new Date() });
  const fake = await startFakeDiscordApi();
  const bot = await startDiscordBot({
    config: { DISCORD_TOKEN: 'bench-token-00000000000000', DISCORD_MODERATOR_ROLE_ID: IDS.moderatorRole, DISCORD_MODERATION_CHANNEL_ID: IDS.channel, DISCORD_API_URL: fake.api },
    db: store.db,
    moderation,
    loadCatalog: () => store.catalog.loadSnapshot(),
    logger: silentLogger(),
    connect: false,
  });
  const client = bot.deps.client as unknown as { actions: { InteractionCreate: { handle(d: unknown): void } } };
  /** ack: interaction in -> first callback received by the server; done: -> handler finished */
  const measure = async (raw: { id: string }) => {
    const t0 = performance.now();
    client.actions.InteractionCreate.handle(raw);
    await bot.idle();
    const done = performance.now() - t0;
    const ack = fake.calls.find((c) => c.path.includes(`/interactions/${raw.id}/`))!.at - t0;
    return { ack, done };
  };
  try {
    for (let i = 0; i < DRAFTS; i++) await insertDraft(store.db, { fields: { name: `Bench Accord ${i}` } });
    const posted = await bot.syncDraftCards();
    const approve = { ack: [] as number[], done: [] as number[] };
    for (const draftId of (await moderation.listDrafts({ status: 'pending' })).map((d) => d.id)) {
      const r = await measure(button(MOD_ANNA, `nb:approve:${draftId}`, (await bot.deps.cardPosts.get(draftId))!.messageId));
      approve.ack.push(r.ack);
      approve.done.push(r.done);
    }
    const ask = { ack: [] as number[], done: [] as number[] };
    for (let i = 0; i < QUESTIONS; i++) {
      const r = await measure(slashNorms(MEMBER_CARL, 'ask', { question: QUESTION_TEXTS[i % QUESTION_TEXTS.length]! }));
      ask.ack.push(r.ack);
      ask.done.push(r.done);
    }
    const complete: number[] = [];
    for (let i = 0; i < QUESTIONS; i++) complete.push((await measure(autocompleteNorms(MEMBER_CARL, 'agreement', 'name', ['par', 'tech', 'osce', 'g'][i % 4]!))).ack);
    console.log(`discord: ${posted.posted} draft cards posted; the catalog now has ${(await store.catalog.loadSnapshot()).agreements.length} agreements`);
    console.log(`discord: Approve click (${approve.ack.length}, each a real catalog write) ack ${figures(approve.ack)}`);
    console.log(`discord:   card edited and moderator told:            ${figures(approve.done)}`);
    console.log(`discord: /norms ask (${ask.ack.length}) deferral ack ${figures(ask.ack)}`);
    console.log(`discord:   answer delivered:                   ${figures(ask.done)}`);
    console.log(`discord: autocomplete (${complete.length}) choices sent ${figures(complete)}   (Discord allows 3,000 ms)`);
  } finally {
    await bot.stop();
    await fake.close();
    await store.close();
    await tmp.cleanup();
  }
}
