import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../helpers/fake-slack-api.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { FIXTURES, LISTED_MOD, MEMBER, startSlackHarness, type SlackHarness } from './start-slack-harness.js';

let h: SlackHarness;
beforeEach(async () => {
  h = await startSlackHarness();
});
afterEach(async () => {
  await h.close();
});

/** Everything the bot sent, as raw bytes and as decoded arguments. */
const sentText = (calls: readonly RecordedCall[]) =>
  calls.map((c) => `${c.raw}\n${decodeURIComponent(c.raw.replace(/\+/g, ' '))}\n${JSON.stringify(c.args)}`).join('\n');

describe('Slack privacy and safety', () => {
  it('never sends a contributor e-mail address to Slack', async () => {
    const ids = await h.ingest('D01-aspi-inline.eml');
    const stored = await h.store.db.all<{ contributor_email: string | null }>('SELECT contributor_email FROM contributions');
    const emails = stored.map((r) => r.contributor_email).filter((e): e is string => !!e);
    expect(emails).toContain('barthogeveen@aspi.org.au');
    const planted = await insertDraft(h.store.db, {
      fields: { name: 'Accord, contact ada@example.org', maintainer: 'Secretariat <ada@example.org>' },
      evidence: { name: { snippet: 'Name: Accord (write to ada@example.org)', confidence: 0.9 } },
    });
    emails.push('ada@example.org', 'm.okafor@civic-example.org');
    await h.ingestOutcome(`${FIXTURES}/unsorted-letter.eml`);
    await h.publisher.repair();
    await h.settled();
    await h.publisher.postDigest();
    await h.event({ type: 'app_home_opened', user: LISTED_MOD, channel: 'DMOD', tab: 'home', event_ts: '1.4' }, 'EvHome');
    for (const verb of ['edit', 'reject', 'merge']) await h.click(verb, String(planted));
    await h.click('approve', String(ids[0]));
    await h.click('approve', String(planted));
    await h.slash('what does Accord, contact cover', MEMBER);
    await h.slash('drafts', LISTED_MOD);
    await h.slash(`show ${ids[1] ?? ids[0]}`, LISTED_MOD);
    await h.slash('unsorted 1', LISTED_MOD);
    await h.click('unsorted-draft', '1');
    expect(JSON.stringify(h.fake.callsTo('chat.postMessage'))).toContain('Mireille Okafor');
    expect(h.fake.calls.length).toBeGreaterThan(10);
    const sent = sentText(h.fake.calls).toLowerCase();
    for (const email of emails) expect(sent).not.toContain(email.toLowerCase());
    const logged = JSON.stringify(h.logs).toLowerCase();
    expect(h.logs.length).toBeGreaterThan(5);
    for (const email of emails) expect(logged).not.toContain(email.toLowerCase());
  });

  it('escapes <!channel> in a contributed name on the card', async () => {
    await insertDraft(h.store.db, { fields: { name: '<!channel> Free Cyber Accord <@U999>' } });
    await h.publisher.repair();
    await h.settled();
    const sent = sentText(h.fake.callsTo('chat.postMessage'));
    expect(sent).not.toMatch(/<!channel>|<@U999>/);
    expect(JSON.stringify(h.fake.callsTo('chat.postMessage')[0]?.args.blocks)).toContain('&lt;!channel&gt; Free Cyber Accord');
  });
});
