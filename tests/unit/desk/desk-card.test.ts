import { describe, expect, it } from 'vitest';
import { deskCard, draftStamp } from '../../../src/core/desk/desk-card.js';
import { createDeskEvents } from '../../../src/core/desk/desk-event.js';
import type { Moderation } from '../../../src/core/moderation/moderation-port.js';
import { aDraft } from '../../helpers/draft-builder.js';
import { loadCatalog } from '../../helpers/load-catalog.js';
import { anUnsortedItem } from '../../helpers/unsorted-builder.js';

const decided = aDraft({ id: 4, status: 'approved', revision: 3, decidedAt: '2026-11-23T10:00:00.000Z', agreementId: 39, decidedBy: { platform: 'slack', id: 'U1', name: 'Alice' } });

describe('draftStamp', () => {
  it('is the revision, marked while an Undo button is on the card', () => {
    expect(draftStamp(aDraft({ revision: 2 }), new Date('2026-11-23T10:00:00.000Z'))).toBe('2');
    expect(draftStamp(decided, new Date('2026-11-23T10:14:59.000Z'))).toBe('3+undo');
    expect(draftStamp(decided, new Date('2026-11-23T10:15:00.000Z'))).toBe('3');
  });
});

describe('deskCard', () => {
  const moderation = (draft: ReturnType<typeof aDraft> | null, item = anUnsortedItem()) => ({ getDraft: async () => draft, getUnsorted: async () => item }) as unknown as Moderation;

  it('draws a pending draft as postable, a decided one with its redraw time while Undo shows', async () => {
    const catalog = await loadCatalog();
    const now = new Date('2026-11-23T10:05:00.000Z');
    expect(await deskCard({ kind: 'draft', id: 7 }, { moderation: moderation(aDraft()), catalog, now })).toMatchObject({ postable: true, redrawAt: null, stamp: '0', reply: { intent: 'draft-card' } });
    expect(await deskCard({ kind: 'draft', id: 4 }, { moderation: moderation(decided), catalog, now })).toMatchObject({ postable: false, redrawAt: new Date('2026-11-23T10:15:00.000Z'), stamp: '3+undo' });
    expect(await deskCard({ kind: 'draft', id: 9 }, { moderation: moderation(null), catalog, now })).toBeNull();
  });

  it('draws an open queue item as postable, a resolved one not', async () => {
    const catalog = await loadCatalog();
    const now = new Date();
    expect(await deskCard({ kind: 'unsorted', id: 3 }, { moderation: moderation(null), catalog, now })).toMatchObject({ postable: true, stamp: '0', reply: { intent: 'unsorted-card' } });
    expect(await deskCard({ kind: 'unsorted', id: 3 }, { moderation: moderation(null, anUnsortedItem({ status: 'dismissed', revision: 1 })), catalog, now })).toMatchObject({ postable: false, stamp: '1' });
  });
});

describe('createDeskEvents', () => {
  it('tells every listener, and a failing one neither stops the others nor the emitter', () => {
    const failures: unknown[] = [];
    const hub = createDeskEvents((e) => failures.push(e));
    const seen: string[] = [];
    hub.subscribe(() => {
      throw new Error('listener broke');
    });
    const unsubscribe = hub.subscribe((e) => seen.push(e.type));
    hub.emit({ type: 'created', subject: { kind: 'draft', id: 1 } });
    unsubscribe();
    hub.emit({ type: 'changed', subject: { kind: 'draft', id: 1 } });
    expect(seen).toEqual(['created']);
    expect(failures).toHaveLength(2);
  });
});
