import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandledEvents, HANDLED_EVENT_TTL_MS } from '../../../src/store/handled-events.js';
import { Database } from '../../../src/store/database.js';
import { migrate } from '../../../src/store/migrate.js';

let dir: string;
let db: Database;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'normbot-events-'));
  db = await Database.open(path.join(dir, 'events.db'));
  await migrate(db);
});
afterEach(async () => {
  await db.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const markEventHandled = (db: Database, id: string, now: Date) => createHandledEvents(db).firstTime('slack', id, now);

describe('handled events', () => {
  it('handles an event id once', async () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(await markEventHandled(db, 'Ev1', now)).toBe(true);
    expect(await markEventHandled(db, 'Ev1', now)).toBe(false);
    expect(await markEventHandled(db, 'Ev2', now)).toBe(true);
  });

  it('keeps each platform\'s event ids apart', async () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(await createHandledEvents(db).firstTime('slack', 'E1', now)).toBe(true);
    expect(await createHandledEvents(db).firstTime('discord', 'E1', now)).toBe(true);
  });

  it('forgets event ids after a day', async () => {
    const t0 = new Date('2026-11-23T10:00:00Z');
    await markEventHandled(db, 'Ev1', t0);
    await markEventHandled(db, 'Ev2', new Date(t0.getTime() + HANDLED_EVENT_TTL_MS + 1));
    expect(await db.all('SELECT event_id FROM handled_events ORDER BY event_id')).toEqual([{ event_id: 'Ev2' }]);
  });
});
