import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftFields } from '../../src/core/moderation/draft.js';
import { ingestMessage } from '../../src/intake/ingest/ingest-message.js';
import { outboxMessageId } from '../../src/intake/outbox/send-due-mail.js';
import { parseEmail } from '../../src/intake/parse/parse-email.js';
import { openHarness, type Harness } from '../integration/intake/ingest-harness.js';
import { buildMail } from '../unit/intake/ingest/build-mail.js';
import type { Sample } from './render-layouts.js';
import { REPLY_LAYOUTS, renderReply, type Answered, type ReplyCase, type ReplyLayout } from './render-reply.js';

// Each reply below (a correction, an addition, a withdrawal, a request for anonymity, or nothing
// to act on; English, French, Spanish) is written out as each mail program writes a reply to our
// acknowledgement, and goes through intake with a real SQLite store: what is done must be the
// same in every layout.
const FROM = 'normbot@bpf.example';
const CHARTER = [
  'Name of agreement: Global Charter for Tech Cooperation',
  'Date of launch: 2019',
  'Stakeholders party to the agreement: States, companies and civil society',
  'Which organization maintains the agreement? Tech Cooperation Foundation',
  '',
  'About you',
  'Name: Ada Lovelace',
  'Affiliation: Analytical Engines Ltd',
].join('\n');

const other = (name: string, launchYear: number): Sample => ({
  id: 'R',
  contributor: { name: 'Ada Lovelace', affiliation: 'Analytical Engines Ltd', country: null, anonymous: false },
  agreements: [{ name, launchYear, parties: 'Governments of the Baltic states', maintainer: 'Baltic Council of Ministers' }],
});

interface Outcome {
  /** the proposed edit waiting on the draft */
  patch?: Partial<DraftFields>;
  /** drafts added to the contribution: name, launch year */
  added?: Array<[string, number]>;
  withdrawn?: boolean;
  anonymous?: boolean;
}

const CASES: Array<[ReplyCase, Outcome]> = [
  // corrections, in sentences and as labelled fields
  [{ id: 'en-year-sentence', lang: 'en', text: 'Hello,\n\nThank you for the summary. One thing is wrong: it was launched in 2017, not in 2019.\n\nBest regards,\nAda Lovelace' }, { patch: { launchYear: 2017 } }],
  [{ id: 'en-year-labelled', lang: 'en', text: 'Hi,\n\nOne correction:\nDate of launch: 2017\n\nThanks,\nAda' }, { patch: { launchYear: 2017 } }],
  [{ id: 'en-maintainer', lang: 'en', text: 'Dear BPF team,\n\nThe agreement is maintained by the Global Tech Secretariat, not by the Foundation.\n\nKind regards\nAda' }, { patch: { maintainer: 'the Global Tech Secretariat' } }],
  [{ id: 'fr-name', lang: 'fr', text: 'Bonjour,\n\nPourriez-vous corriger le nom ? Le nom exact est « Charte mondiale pour la coopération technologique ».\n\nCordialement,\nAda Lovelace' }, { patch: { name: 'Charte mondiale pour la coopération technologique' } }],
  [{ id: 'fr-year', lang: 'fr', text: "Bonjour,\n\nUne petite erreur : l'accord a été lancé en 2017.\n\nBien à vous,\nAda" }, { patch: { launchYear: 2017 } }],
  [{ id: 'es-maintainer', lang: 'es', text: 'Hola:\n\nUna corrección: el acuerdo está gestionado por la Secretaría Global de Tecnología.\n\nSaludos cordiales,\nAda' }, { patch: { maintainer: 'la Secretaría Global de Tecnología' } }],
  [{ id: 'es-year', lang: 'es', text: 'Buenos días,\n\nEl año de lanzamiento correcto es 2017, no 2019.\n\nUn saludo,\nAda' }, { patch: { launchYear: 2017 } }],
  [{ id: 'en-two-fields', lang: 'en', text: 'Hi there,\n\nTwo small corrections: the year is 2017 and the maintainer is the Global Tech Secretariat.\n\nCheers,\nAda' }, { patch: { launchYear: 2017, maintainer: 'the Global Tech Secretariat' } }],
  [{ id: 'en-signatories', lang: 'en', text: 'Hello,\n\nFor completeness: the signatories are Estonia, Latvia and Lithuania.\n\nRegards,\nAda Lovelace\nHead of Policy, Analytical Engines Ltd\n+44 20 7946 0000' }, { patch: { signatories: ['Estonia', 'Latvia', 'Lithuania'] } }],
  [{ id: 'es-name', lang: 'es', text: 'Estimados:\n\nEl nombre oficial es «Carta Global de Cooperación Tecnológica».\n\nAtentamente,\nAda' }, { patch: { name: 'Carta Global de Cooperación Tecnológica' } }],
  [{ id: 'es-withdraw', lang: 'es', text: 'Buenas tardes,\n\nLes ruego que retiren nuestra propuesta.\n\nAtentamente,\nAda' }, { withdrawn: true }],
  [{ id: 'en-remove-name', lang: 'en', text: 'Hello,\n\nCould you please remove my name from the contribution? The content can stay.\n\nThanks,\nAda' }, { anonymous: true }],
  [{ id: 'en-thanks-disclaimer', lang: 'en', text: 'Many thanks, all good.\n\nAda Lovelace\nAnalytical Engines Ltd, founded in 1843\n\nThis e-mail and any attachments are confidential. If you are not the intended recipient, please delete it and notify the sender.' }, {}],
  [{ id: 'en-mobile', lang: 'en', text: 'The correct year of launch is 2017.\n\nSent from my iPhone' }, { patch: { launchYear: 2017 } }],
  [{ id: 'fr-parties', lang: 'fr', text: "Bonjour,\n\nLes parties à l'accord sont les États membres de l'Union africaine.\n\nCordialement" }, { patch: { parties: "les États membres de l'Union africaine" } }],
  [{ id: 'en-renamed', lang: 'en', text: 'Hello,\n\nPlease note that the agreement was renamed in 2022; its current name is Global Tech Charter.\n\nBest,\nAda' }, { patch: { name: 'Global Tech Charter' } }],
  [{ id: 'en-anonymous-listed', lang: 'en', text: 'Hello,\n\nPlease list me as an anonymous contributor.\n\nThank you' }, { anonymous: true }],
  [{ id: 'en-addition-prose', lang: 'en', text: 'Hello,\n\nWe would also like to suggest the Baltic Cyber Resilience Pact, adopted in 2020 by the governments of the Baltic states.\n\nBest,\nAda' }, { added: [['Baltic Cyber Resilience Pact', 2020]] }],
  [{ id: 'fr-addition', lang: 'fr', text: "Bonjour,\n\nNous avons oublié un accord :\n\nNom de l'accord : Pacte balte de cyber-résilience\nDate de lancement : 2020\n\nCordialement,\nAda" }, { added: [['Pacte balte de cyber-résilience', 2020]] }],
  // another agreement: written out, or sent as a document
  [{ id: 'en-addition', lang: 'en', text: 'Hello,\n\nWe forgot one.\n\nName of agreement: Baltic Cyber Resilience Pact\nDate of launch: 2020\n\nBest,\nAda' }, { added: [['Baltic Cyber Resilience Pact', 2020]] }],
  [{ id: 'en-addition-docx', lang: 'en', text: 'Hello,\n\nPlease find attached one more agreement for your catalog.\n\nBest,\nAda', attachment: { kind: 'docx', sample: other('Baltic Cyber Resilience Pact', 2020) } }, { added: [['Baltic Cyber Resilience Pact', 2020]] }],
  [{ id: 'es-addition-pdf', lang: 'es', text: 'Hola,\n\nAdjunto una carta con otro acuerdo.\n\nSaludos,\nAda', attachment: { kind: 'pdf', sample: other('Baltic Cyber Resilience Pact', 2020) } }, { added: [['Baltic Cyber Resilience Pact', 2020]] }],
  // withdrawal and anonymity after the fact
  [{ id: 'en-withdraw', lang: 'en', text: 'Hello,\n\nAfter discussing it internally, we would like to withdraw our submission.\n\nApologies,\nAda' }, { withdrawn: true }],
  [{ id: 'fr-withdraw', lang: 'fr', text: 'Bonjour,\n\nNous souhaitons retirer notre contribution.\n\nMerci,\nAda' }, { withdrawn: true }],
  [{ id: 'en-withdraw-anonymous', lang: 'en', text: 'Hello,\n\nPlease withdraw my contribution and do not publish my name.\n\nAda' }, { withdrawn: true, anonymous: true }],
  [{ id: 'es-withdraw-anonymous', lang: 'es', text: 'Hola,\n\nRetiren mi contribución y no publiquen mi nombre, por favor.\n\nAda' }, { withdrawn: true, anonymous: true }],
  [{ id: 'es-anonymous', lang: 'es', text: 'Hola,\n\nPor favor, no publiquen mi nombre.\n\nGracias,\nAda' }, { anonymous: true }],
  [{ id: 'en-anonymous', lang: 'en', text: 'Hi,\n\nOn second thought I would prefer to remain anonymous.\n\nThanks' }, { anonymous: true }],
  [{ id: 'fr-anonymous', lang: 'fr', text: 'Bonjour,\n\nJe préfère que mon nom ne soit pas publié.\n\nMerci' }, { anonymous: true }],
  // nothing to act on: thanks, or only the quote
  [{ id: 'en-thanks', lang: 'en', text: 'Thank you, everything looks correct!\n\nAda' }, {}],
  [{ id: 'fr-thanks', lang: 'fr', text: 'Merci beaucoup, tout est correct.\n\nAda' }, {}],
  [{ id: 'quote-only', lang: 'en', text: '' }, {}],
];

const words = (s: unknown) => new Set(String(s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));

describe.each(CASES)('a reply $id', (reply, want) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  /** A contribution from its own address, and our acknowledgement of it as the contributor received it. */
  async function contribute(layout: ReplyLayout): Promise<{ contributionId: number; draftId: number; me: { name: string; address: string }; ack: Answered }> {
    const me = { name: 'Ada Lovelace', address: `ada-${layout}@example.test` };
    const messageId = `<${reply.id}-${layout}@example.test>`;
    const outcome = await ingestMessage(buildMail({ from: `${me.name} <${me.address}>`, body: CHARTER, messageId }), 'test', h.deps(parseEmail));
    if (outcome.status !== 'processed') throw new Error(`contribution not processed: ${outcome.status}`);
    const key = `ack:${outcome.contributionId}`;
    const row = await h.store.db.get<{ subject: string; body: string; headers_json: string }>('SELECT subject, body, headers_json FROM outbox WHERE dedupe_key = ?', [key]);
    const headers = JSON.parse(row!.headers_json) as Record<string, string>;
    const ack = { subject: row!.subject, body: row!.body, messageId: outboxMessageId(key, FROM), references: headers['References'] ?? messageId, from: { name: 'normbot', address: FROM } };
    return { contributionId: outcome.contributionId, draftId: outcome.draftIds[0]!, me, ack };
  }

  it.each(REPLY_LAYOUTS)('is understood the same in the %s layout', async (layout) => {
    const c = await contribute(layout);
    const raw = await renderReply(reply, layout, c.ack, c.me, `<reply-${reply.id}-${layout}@example.test>`);
    const outcome = await ingestMessage(raw, 'test', h.deps(parseEmail));
    expect(outcome).toMatchObject({ status: 'processed', contributionId: c.contributionId, replyId: expect.any(Number) });

    const edit = await h.store.db.get<{ patch_json: string }>(`SELECT patch_json FROM proposed_edits WHERE draft_id = ? AND status = 'open'`, [c.draftId]);
    expect(edit ? JSON.parse(edit.patch_json) : undefined, 'proposed edit').toEqual(want.patch);

    const added = await h.store.db.all<{ fields_json: string }>('SELECT fields_json FROM drafts WHERE contribution_id = ? AND id <> ? ORDER BY id', [c.contributionId, c.draftId]);
    const addedFields = added.map((d) => JSON.parse(d.fields_json) as DraftFields);
    expect(addedFields.map((f) => f.launchYear), 'drafts added').toEqual((want.added ?? []).map(([, year]) => year));
    (want.added ?? []).forEach(([name], i) => expect([...words(name)].every((w) => words(addedFields[i]!.name).has(w)), `added name: ${addedFields[i]!.name}`).toBe(true));

    const draft = await h.store.db.get<{ status: string }>('SELECT status FROM drafts WHERE id = ?', [c.draftId]);
    expect(draft?.status, 'draft status').toBe(want.withdrawn ? 'withdrawn' : 'pending');
    const contribution = await h.store.db.get<{ anonymous: number; contributor_name: string | null }>('SELECT anonymous, contributor_name FROM contributions WHERE id = ?', [c.contributionId]);
    expect(contribution, 'contributor').toEqual(want.anonymous ? { anonymous: 1, contributor_name: null } : { anonymous: 0, contributor_name: 'Ada Lovelace' });

    // the contributor is answered when they wrote something, to their own address
    const answers = await h.store.db.all<{ to_address: string }>(`SELECT to_address FROM outbox WHERE kind = 'reply-acknowledgement' AND contribution_id = ?`, [c.contributionId]);
    expect(answers.map((a) => a.to_address)).toEqual(reply.text === '' ? [] : [c.me.address]);
  });
});
