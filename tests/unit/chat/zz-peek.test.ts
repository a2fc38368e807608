import { it } from 'vitest';
import { handleChatMessage } from '/work/main/src/core/chat/handle-chat-message.js';
import { insertDraft } from '/work/main/tests/helpers/draft-builder.js';
import { alice, openModerationFixture } from '/work/main/tests/helpers/moderation-fixture.js';
it('peek', async () => {
  const fx = await openModerationFixture();
  const id = await insertDraft(fx.store.db, { contributor: { anonymous: true, name: null }, fields: { name: 'Anti-Botnet Pledge of Ruritania', normElements: [{ id: '5.5', name: 'Botnets', sentence: 'Members take down botnets together.' }] } });
  const ctx = async () => ({ catalog: await fx.store.catalog.loadSnapshot(), now: fx.clock.now(), moderation: fx.moderation });
  console.log((await handleChatMessage({ text: `show ${id}`, actor: alice, isModerator: true }, await ctx())).text);
  console.log((await handleChatMessage({ text: `approve ${id}`, actor: alice, isModerator: true }, await ctx())).text);
  const r = await handleChatMessage({ text: 'which agreements cover botnets?', actor: alice, isModerator: false }, await ctx());
  console.log(r.text);
  console.log((await handleChatMessage({ text: `help`, actor: alice, isModerator: true }, await ctx())).text);
  console.log((await handleChatMessage({ text: `digest`, actor: alice, isModerator: true }, await ctx())).text);
  await fx.cleanup();
});
