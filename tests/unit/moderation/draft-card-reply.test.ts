import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { draftCardReply } from '../../../src/core/moderation/draft-card-reply.js';
import { ReplySchema } from '../../../src/core/reply/reply.js';
import { aDraft } from '../../helpers/draft-builder.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

const alice = { platform: 'slack' as const, id: 'U1', name: 'Alice' };

describe('draftCardReply', () => {
  let catalog: CatalogSnapshot;
  beforeAll(async () => {
    catalog = await loadCatalog();
  });

  it('is a valid Reply with the draft-card intent', () => {
    const reply = draftCardReply(aDraft(), catalog);
    expect(ReplySchema.parse(reply).intent).toBe('draft-card');
  });

  it('shows each field with its confidence and source snippet', () => {
    const fields = draftCardReply(aDraft(), catalog).blocks.find((b) => b.type === 'fields');
    expect(fields).toMatchObject({ fields: expect.arrayContaining([{ label: 'Year', value: '2021', note: 'confidence 0.60 · "adopted in 2021"' }]) });
  });

  it('shows a field a moderator set as set by them (and on whose word), keeping the parse evidence for the others', () => {
    const draft = aDraft({
      fields: { ...aDraft().fields, launchYear: 2020 },
      setBy: { launchYear: { actor: alice, at: '2026-11-24T10:15:00.000Z', source: 'contributor: contribution 3, reply 2' } },
    });
    const fields = draftCardReply(draft, catalog).blocks.find((b) => b.type === 'fields');
    expect(fields).toMatchObject({ fields: expect.arrayContaining([{ label: 'Year', value: '2020', note: 'set by Alice (slack) at 2026-11-24 10:15 UTC [source: contributor: contribution 3, reply 2]' }]) });
    expect(draftCardReply(draft, catalog).text).not.toContain('adopted in 2021');
  });

  it('lists the suggested norm elements by their catalog names', () => {
    const reply = draftCardReply(aDraft(), catalog);
    expect(reply.norms).toEqual([{ id: '2.1', name: catalog.elementById.get('2.1')?.name }]);
  });

  it('says what the draft looks like in the catalog', () => {
    const paris = catalog.agreements.find((a) => a.name.includes('Paris Call'));
    const reply = draftCardReply(aDraft({ catalogMatch: { agreementId: paris?.id ?? 0, name: 'Paris call', score: 0.91 } }), catalog);
    expect(reply.text).toContain(`Looks like: ${paris?.name} (agreement ${paris?.id}, match 0.91)`);
  });

  it('carries approve, edit, reject and merge with the draft id while pending', () => {
    const actions = draftCardReply(aDraft({ id: 42 }), catalog).blocks.find((b) => b.type === 'actions');
    expect(actions).toMatchObject({ actions: ['approve', 'edit', 'reject', 'merge'].map((id) => ({ id, value: '42' })) });
    expect(draftCardReply(aDraft({ id: 42 }), catalog, new Date('2026-11-23T10:00:00.000Z')).blocks.find((b) => b.type === 'actions')).toEqual(actions);
  });

  it('asks before Approve, saying what it will do to the catalog', () => {
    const paris = catalog.agreements.find((a) => a.name.includes('Paris Call'))!;
    const confirmOf = (reply: ReturnType<typeof draftCardReply>) => reply.blocks.flatMap((b) => (b.type === 'actions' ? b.actions : [])).find((a) => a.id === 'approve')!.confirm;
    expect(confirmOf(draftCardReply(aDraft({ id: 42 }), catalog))).toEqual({ title: 'Approve draft 42?', text: '"Nordic Cyber Stability Accord" becomes a new agreement in the catalog. You can undo it from the card for 15 minutes.', yes: 'Approve', no: 'Cancel' });
    expect(confirmOf(draftCardReply(aDraft({ id: 42, catalogMatch: { agreementId: paris.id, name: paris.name, score: 0.97 } }), catalog))!.text).toBe(`It updates agreement ${paris.id} "${paris.name}", which it names. You can undo it from the card for 15 minutes.`);
  });

  it('offers Undo on a decided card for 15 minutes, saying until when', () => {
    const decided = aDraft({ id: 42, status: 'approved', decidedBy: alice, decidedAt: '2026-11-23T10:00:00.000Z', agreementId: 39 });
    const actionsAt = (now: string) => draftCardReply(decided, catalog, new Date(now)).blocks.flatMap((b) => (b.type === 'actions' ? b.actions : []));
    expect(actionsAt('2026-11-23T10:14:59.000Z')).toEqual([{ id: 'undo-decision', label: 'Undo (until 10:15 UTC)', value: '42', style: 'default' }]);
    expect(actionsAt('2026-11-23T10:15:00.000Z')).toEqual([]);
    expect(draftCardReply(decided, catalog, new Date('2026-11-23T10:01:00.000Z')).text).toContain('Undo: undo 42');
  });

  it('has no actions once decided and says who decided', () => {
    const reply = draftCardReply(aDraft({ status: 'rejected', decidedBy: alice, decidedAt: '2026-11-23T10:00:00.000Z', reason: 'duplicate' }), catalog);
    expect(reply.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(reply.text).toContain('Status: rejected by Alice at 2026-11-23 10:00 UTC: duplicate');
  });

  it('never shows an e-mail address, even in a snippet', () => {
    const draft = aDraft({ evidence: { maintainer: { snippet: 'Contact: ada@example.org', confidence: 0.8 } }, fields: { ...aDraft().fields, maintainer: 'ada@example.org' } });
    expect(JSON.stringify(draftCardReply(draft, catalog))).not.toContain('ada@example.org');
  });

  it('never shows an e-mail address given in a list field such as signatories', () => {
    const draft = aDraft({ fields: { ...aDraft().fields, signatories: ['Jordan Blake jblake@example.net', 'https://example.net/list'] } });
    const card = JSON.stringify(draftCardReply(draft, catalog));
    expect(card).not.toContain('jblake@example.net');
    expect(card).toContain('https://example.net/list');
  });

  it('tells the moderator that approving updates the agreement the draft names', () => {
    const draft = aDraft({ catalogMatch: { agreementId: 22, name: 'Paris Call', score: 1 } });
    expect(draftCardReply(draft, catalog).text).toMatch(/Looks like: The Paris Call .*Approve updates it/);
  });

  it('never names an anonymous contributor', () => {
    const reply = draftCardReply(aDraft({ contributorLabel: 'Anonymous contributor' }), catalog);
    expect(reply.text).toContain('From Anonymous contributor');
    expect(JSON.stringify(reply)).not.toContain('Ada Lovelace');
  });

  it('renders without a catalog', () => {
    expect(ReplySchema.safeParse(draftCardReply(aDraft())).success).toBe(true);
  });
});

describe('draftCardReply evidence for suggestions', () => {
  it('quotes the words the norm elements were suggested from', () => {
    const draft = aDraft({ evidence: { ggeText: { snippet: 'It protects critical infrastructure.', confidence: 1 } } });
    expect(draftCardReply(draft).blocks).toContainEqual({ type: 'note', text: 'Suggested from the contributor\'s words: "It protects critical infrastructure."' });
  });

  it('tells moderators when and why the contributor was not acknowledged, and says nothing when they were', () => {
    const withheld = draftCardReply(aDraft({ acknowledgement: { status: 'withheld', reason: 'unauthenticated-sender' } }));
    expect(withheld.blocks).toContainEqual({ type: 'note', text: 'not acknowledged: unauthenticated sender' });
    expect(withheld.text).toContain('not acknowledged: unauthenticated sender');
    const queued = draftCardReply(aDraft({ acknowledgement: { status: 'queued', reason: null } }));
    expect(queued.text).not.toContain('acknowledged');
  });
});

