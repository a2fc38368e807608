import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../../src/core/catalog/catalog-snapshot.js';
import { composeAcknowledgement } from '../../../../../src/core/contribution/compose-acknowledgement.js';
import { echoSafely } from '../../../../../src/intake/ingest/echo-safely.js';
import { readReply, type ReplyContext } from '../../../../../src/intake/parse/reply/read-reply.js';
import { loadCatalog } from '../../../../helpers/load-catalog.js';
import { aParsedMessage, anAgreement } from '../../ingest/a-parsed-message.js';
import { buildMail } from '../../ingest/build-mail.js';

const CHARTER = anAgreement({ name: 'Global Charter for Tech Cooperation', launchYear: 2019, maintainer: 'Tech Cooperation Foundation', catalogMatch: null });
const ack = composeAcknowledgement({
  parsed: aParsedMessage({ agreements: [CHARTER] }),
  contributionId: 7,
  drafts: [{ id: 12, fields: { ...CHARTER, name: CHARTER.name }, catalogMatch: null }],
  echo: echoSafely,
});
const quoted = ack.body.split('\n').map((l) => `> ${l}`).join('\n');
const ATTRIBUTION = 'On Mon, 2 Mar 2026 at 10:00, normbot <normbot@bpf.example> wrote:';

let catalog: CatalogSnapshot;
let ctx: ReplyContext;
beforeAll(async () => {
  catalog = await loadCatalog();
  ctx = { catalog, ourMail: [ack.body], draftNames: [CHARTER.name], now: new Date('2026-03-02T00:00:00Z') };
});
const read = (body: string, headers: Record<string, string> = {}) => readReply(buildMail({ body, subject: `Re: ${ack.subject}`, headers }), ctx);

describe('readReply', () => {
  it('reads nothing of its own in a reply that only quotes our acknowledgement', async () => {
    const r = await read(`${ATTRIBUTION}\n${quoted}\n`);
    expect(r).toMatchObject({ ownWords: false, changes: [], agreements: [], withdraw: null, anonymous: null });
  });

  it('reads a labelled field above the quote as an agreement block without a name', async () => {
    const r = await read(`Thank you. One correction: Date of launch: 2017\n\n${ATTRIBUTION}\n${quoted}\n`);
    expect(r.agreements.map((a) => [a.name, a.launchYear])).toEqual([['', 2017]]);
    expect(r.excerpt).toBe('Thank you. One correction: Date of launch: 2017');
  });

  it('never reads our acknowledgement pasted without quote marks, its field listing and example included', async () => {
    expect(ack.body).toContain('launched: 2019');
    expect(ack.body).toContain('"Date of launch: 2017"');
    const r = await read(`Thanks!\n\n${ack.body}`);
    expect(r).toMatchObject({ ownWords: true, changes: [], agreements: [], excerpt: 'Thanks!' });
  });

  it("leaves out the original under Outlook's header and hears a request for anonymity above it", async () => {
    const r = await read(`Please don't publish my name.\n\nFrom: normbot <normbot@bpf.example>\nSent: Monday, March 2, 2026 10:00 AM\nTo: Ada Lovelace\nSubject: ${ack.subject}\n\n${ack.body}`);
    expect(r).toMatchObject({ anonymous: "Please don't publish my name.", changes: [], agreements: [], withdraw: null });
  });

  it('reads an answer written under a quoted field line of our acknowledgement as that field', async () => {
    const interleaved = ack.body
      .split('\n')
      .map((l) => (l.includes('launched:') ? `> ${l}\n\nIt was 2017.\n` : `> ${l}`))
      .join('\n');
    const r = await read(interleaved);
    expect(r.agreements.map((a) => [a.name, a.launchYear])).toEqual([['', 2017]]);
  });

  it('reads sentences: corrections of the draft, a withdrawal, in any of the three languages', async () => {
    const r = await read(`Bonjour,\nle responsable est le Secrétariat du Forum technique, et l'année devrait être 2018.\nCordialement,\nAda\n\n${ATTRIBUTION}\n${quoted}\n`);
    expect(r.changes.map((c) => [c.field, c.value])).toEqual([
      ['maintainer', 'le Secrétariat du Forum technique'],
      ['launchYear', 2018],
    ]);
    expect((await read('Por favor retiren mi contribución.')).withdraw).toBe('Por favor retiren mi contribución.');
  });

  it.each([
    ['Please withdraw my contribution and do not publish my name.', true, true],
    ['We withdraw our submission; please also take our names off the approved entry.', true, true],
    ['Je retire ma contribution et je souhaite rester anonyme.', true, true],
    ['Retiren mi contribución y no publiquen mi nombre, por favor.', true, true],
    ['Please remove my name but keep the contribution.', false, true],
    ['I do not want to withdraw my contribution; it can stay as it is.', false, false],
  ])('hears a withdrawal and a request for anonymity joined in one sentence: %j', async (sentence, withdraw, anonymous) => {
    const r = await read(sentence);
    expect([r.withdraw !== null, r.anonymous !== null]).toEqual([withdraw, anonymous]);
  });

  it('reads a sentence about another agreement as that agreement, not as a correction of the draft', async () => {
    const r = await read(`We would also like to propose the Geneva Pledge on Safe Software, launched in 2021.\n\n${ATTRIBUTION}\n${quoted}\n`);
    expect(r.changes).toEqual([]);
    expect(r.agreements.map((a) => [a.name, a.launchYear])).toEqual([['Geneva Pledge on Safe Software', 2021]]);
  });

  it('drops the quote of an HTML reply (Gmail)', async () => {
    const html = `<div dir="ltr">The year should be 2016.</div><br><div class="gmail_quote"><div class="gmail_attr">${ATTRIBUTION}</div><blockquote class="gmail_quote">${ack.body.replace(/\n/g, '<br>')}</blockquote></div>`;
    const r = await read(html, { 'Content-Type': 'text/html; charset=utf-8' });
    expect(r.changes.map((c) => [c.field, c.value])).toEqual([['launchYear', 2016]]);
    expect(r.agreements).toEqual([]);
  });

  it('reads an auto-reply as such, nothing more', async () => {
    const r = await read('I am out of the office until Monday.', { 'Auto-Submitted': 'auto-replied' });
    expect(r).toMatchObject({ kind: 'auto-reply', ownWords: false });
  });
});
