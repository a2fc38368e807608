import { DISCORD_PACE } from '../src/bots/discord/render/discord-limits.js';
import { insertDraft } from '../tests/helpers/draft-builder.js';
import { autocompleteNorms, button, MEMBER_CARL, MOD_ANNA, slashNorms } from '../tests/integration/discord/discord-payloads.js';
import { openDiscordRig } from '../tests/integration/discord/discord-rig.js';
import { percentiles } from './lib/measure.js';

const DRAFTS = 20;
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
  const rig = await openDiscordRig();
  const { store } = rig.fixture;
  /** ack: interaction sent over the gateway -> first callback received by the REST server; done: -> handler and cards finished */
  const measure = async (raw: { id: string }) => {
    const t0 = performance.now();
    await rig.dispatch(raw);
    const done = performance.now() - t0;
    const ack = rig.fake.calls.find((c) => c.path.includes(`/interactions/${raw.id}/`))!.at - t0;
    return { ack, done };
  };
  try {
    for (let i = 0; i < DRAFTS; i++) await insertDraft(store.db, { fields: { name: `Bench Accord ${i}` } });
    const t0 = performance.now();
    const posted = await rig.publisher.repair();
    await rig.publisher.idle();
    const postSeconds = (performance.now() - t0) / 1000;
    const approve = { ack: [] as number[], done: [] as number[] };
    for (const draftId of (await rig.moderation.listDrafts({ status: 'pending' })).map((d) => d.id)) {
      const r = await measure(button(MOD_ANNA, `nb:approve-yes:${draftId}`, '990000000000000001'));
      approve.ack.push(r.ack);
      approve.done.push(r.done);
    }
    const ask = { ack: [] as number[], done: [] as number[] };
    for (let i = 0; i < QUESTIONS; i++) {
      const r = await measure(slashNorms(MEMBER_CARL, 'ask', { question: QUESTION_TEXTS[i % QUESTION_TEXTS.length]! }));
      ask.ack.push(r.ack);
      ask.done.push(r.done);
    }
    // one approval on a quiet channel (the pacer's burst refilled): what a moderator usually sees
    const quietId = await insertDraft(store.db, { fields: { name: 'Bench Accord quiet' } });
    await rig.publisher.repair();
    await rig.publisher.idle();
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const quiet = await measure(button(MOD_ANNA, `nb:approve-yes:${quietId}`, '990000000000000002'));
    const complete: number[] = [];
    for (let i = 0; i < QUESTIONS; i++) complete.push((await measure(autocompleteNorms(MEMBER_CARL, 'agreement', 'name', ['par', 'tech', 'osce', 'g'][i % 4]!))).ack);
    console.log(`discord: ${posted} draft cards posted in ${postSeconds.toFixed(1)} s, paced to Discord's per-channel limit; the catalog now has ${(await store.catalog.loadSnapshot()).agreements.length} agreements`);
    console.log(`discord: Approve click (${approve.ack.length}, each a real catalog write) ack ${figures(approve.ack)}`);
    console.log(`discord:   moderator told and card redrawn:        ${figures(approve.done)}   (back to back: two calls each, paced at ${DISCORD_PACE.perSecond}/s)`);
    console.log(`discord: one Approve on a quiet channel: ack ${quiet.ack.toFixed(1)} ms, moderator told and card redrawn ${quiet.done.toFixed(1)} ms`);
    console.log(`discord: /norms ask (${ask.ack.length}) deferral ack ${figures(ask.ack)}`);
    console.log(`discord:   answer delivered:                   ${figures(ask.done)}`);
    console.log(`discord: autocomplete (${complete.length}) choices sent ${figures(complete)}   (Discord allows 3,000 ms)`);
  } finally {
    await rig.close();
  }
}
