import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCardLedger } from '../../../src/store/card-ledger.js';
import { proposeEdit } from '../../../src/store/proposed-edit-repository.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { button, IDS, MEMBER_CARL, MOD_ANNA } from './discord-payloads.js';
import { openDiscordRig, type DiscordRig } from './discord-rig.js';

let rig: DiscordRig;
let draftId: number;
let cardId: string;

const posted = () => rig.fake.calls.find((c) => c.method === 'POST' && c.path === `/api/v10/channels/${IDS.channel}/messages`)!.body;
const cardEdits = () => rig.fake.calls.filter((c) => c.method === 'PATCH' && c.path === `/api/v10/channels/${IDS.channel}/messages/${cardId}`).map((c) => c.body);
/** Discord's text with its markdown escapes read back */
const plain = (text: string) => text.replace(/\\([\\>*_~`|])/g, '$1');
const answer = () => plain(rig.fake.calls.filter((c) => c.method === 'PATCH' && c.path.endsWith('/messages/@original')).at(-1)?.body.content as string);
const buttonIds = (body: any) => (body.components ?? []).flatMap((row: any) => row.components.map((b: any) => b.custom_id as string));
const draft = async () => (await rig.moderation.getDraft(draftId))!;

/** A pending draft with the contributor's correction of its year waiting, and its card in the moderators' channel. */
beforeEach(async () => {
  rig = await openDiscordRig();
  draftId = await insertDraft(rig.fixture.store.db, { fields: { name: 'Nordic Cyber Stability Accord', launchYear: 2021 } });
  await rig.fixture.store.db.transaction((tx) => proposeEdit(tx, { draftId, patch: { launchYear: 2019 }, before: { launchYear: 2021 }, evidence: { launchYear: 'It was signed in 2019, not 2021.' }, replyId: 1 }, new Date()));
  expect(await rig.publisher.repair()).toBe(1);
  await rig.publisher.idle();
  cardId = (await createCardLedger(rig.fixture.store.db).get('discord', { kind: 'draft', id: draftId }))!.messageId;
});
afterEach(async () => {
  await rig.close();
});

describe("the contributor's correction on a Discord card", () => {
  it('shows the correction with Accept and Decline before the decisions; a moderator accepts it and the card loses both', async () => {
    expect(plain(posted().embeds.map((e: any) => e.description ?? '').join('\n'))).toContain("Correction proposed by the contributor: year: '2021' -> '2019'");
    expect(buttonIds(posted())).toEqual([`nb:accept-edit:${draftId}`, `nb:decline-edit:${draftId}`, `nb:approve:${draftId}`, `nb:edit:${draftId}`, `nb:edit-norms:${draftId}`, `nb:reject:${draftId}`, `nb:merge:${draftId}`]);

    await rig.dispatch(button(MEMBER_CARL, `nb:accept-edit:${draftId}`, cardId));
    expect((await draft()).fields.launchYear).toBe(2021);

    await rig.dispatch(button(MOD_ANNA, `nb:accept-edit:${draftId}`, cardId));
    expect(answer()).toBe(`Accepted the contributor's correction of draft ${draftId} (version 2): year: '2021' -> '2019'`);
    expect(await draft()).toMatchObject({ version: 2, fields: { launchYear: 2019 }, proposedEdit: null });
    expect(buttonIds(cardEdits().at(-1))).toEqual([`nb:approve:${draftId}`, `nb:edit:${draftId}`, `nb:edit-norms:${draftId}`, `nb:reject:${draftId}`, `nb:merge:${draftId}`]);
  });

  it('declines it: the draft keeps its year, the card its decisions', async () => {
    await rig.dispatch(button(MOD_ANNA, `nb:decline-edit:${draftId}`, cardId));
    expect(answer()).toBe(`Declined the contributor's correction of draft ${draftId} (year: '2021' -> '2019'); the draft is unchanged.`);
    expect(await draft()).toMatchObject({ version: 1, fields: { launchYear: 2021 }, proposedEdit: null });
    expect(buttonIds(cardEdits().at(-1))).toEqual([`nb:approve:${draftId}`, `nb:edit:${draftId}`, `nb:edit-norms:${draftId}`, `nb:reject:${draftId}`, `nb:merge:${draftId}`]);
  });
});
