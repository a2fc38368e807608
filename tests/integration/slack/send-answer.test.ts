import { webApi, type RespondFn } from '@slack/bolt';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReplyFile } from '../../../src/bots/desk/create-reply-files.js';
import { renderSlack } from '../../../src/bots/slack/render/render-slack.js';
import { SLACK_LIMITS } from '../../../src/bots/slack/render/slack-limits.js';
import { sendAnswer, type AnswerTarget } from '../../../src/bots/slack/listeners/send-answer.js';
import type { SlackBotContext } from '../../../src/bots/slack/slack-bot-context.js';
import type { Reply } from '../../../src/core/reply/reply.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../helpers/fake-slack-api.js';

// sendAnswer over a real Web API client talking to the recording fake Slack (form-encoded: booleans
// arrive as text); the files an answer
// carries are given by the test (a chart, an export, or both)
let fake: FakeSlackApi;
let logs: Array<Record<string, unknown>>;
let files: ReplyFile[];
let ctx: SlackBotContext;
beforeEach(async () => {
  fake = await startFakeSlackApi();
  logs = [];
  files = [];
  ctx = {
    client: new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } }),
    answers: { files: async () => files },
    afterAcks: async () => undefined,
    inTurn: async (job: () => unknown) => job(),
    logger: pino({ level: 'debug' }, { write: (l: string) => void logs.push(JSON.parse(l) as Record<string, unknown>) }),
  } as unknown as SlackBotContext;
});
afterEach(async () => {
  await fake.close();
});

const answer = (over: Partial<Reply> = {}, paragraphs = ['The Paris Call covers 2.1 and 2.5.']): Reply => ({
  intent: 'agreement-profile', text: paragraphs.join('\n'), blocks: paragraphs.map((text) => ({ type: 'paragraph', text })), agreements: [], norms: [], ephemeral: false, ...over,
});
const refusal = answer({ intent: 'refusal', ephemeral: true }, ['Only moderators can export the catalog.']);

/** a /norms answer's target: what was passed to `respond` is collected */
function respondTarget(over: Partial<Extract<AnswerTarget, { via: 'respond' }>> = {}) {
  const responses: Array<Record<string, any>> = [];
  const respond = (async (args: Record<string, any>) => void responses.push(args)) as unknown as RespondFn;
  return { responses, target: { via: 'respond' as const, respond, channel: 'CASK', user: 'UASKER', toChannel: false, ...over } };
}
const SHARE = { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Share in channel' }, action_id: 'share_answer', value: 'what does the Paris Call cover?' }] };
const png = (name: string): ReplyFile => ({ filename: `${name}.png`, mime: 'image/png', bytes: Buffer.from(`png ${name}`), title: `Chart ${name}`, alt: `Profile of ${name}` });
const xlsx: ReplyFile = { filename: 'normbot-catalog.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: Buffer.from('xlsx'), title: 'normbot-catalog.xlsx', alt: 'the export' };
const completed = () => fake.callsTo('files.completeUploadExternal').map((c) => c.args);

describe('Slack answers to a slash command (respond)', () => {
  it('shows the answer only to the asker, with a Share in channel button carrying the question', async () => {
    const { responses, target } = respondTarget({ share: 'what does the Paris Call cover?' });
    await sendAnswer(ctx, target, answer());
    expect(responses).toEqual([{ response_type: 'ephemeral', replace_original: false, text: 'The Paris Call covers 2.1 and 2.5.', blocks: [...renderSlack(answer()).blocks, SHARE] }]);
  });

  it('posts a shared answer in the channel, with nothing left to share', async () => {
    const { responses, target } = respondTarget({ toChannel: true, share: 'what does the Paris Call cover?' });
    await sendAnswer(ctx, target, answer());
    expect(responses).toMatchObject([{ response_type: 'in_channel', blocks: renderSlack(answer()).blocks }]);
  });

  it('keeps a refusal private even when asked for in the channel, and offers no Share for it', async () => {
    const { responses, target } = respondTarget({ toChannel: true, share: 'export xlsx' });
    await sendAnswer(ctx, target, refusal);
    expect(responses).toMatchObject([{ response_type: 'ephemeral', text: 'Only moderators can export the catalog.', blocks: renderSlack(refusal).blocks }]);
  });

  it('adds the Share button while the answer and the button fit in one message, and leaves it out when they do not', async () => {
    const of = (n: number) => answer({}, Array.from({ length: n }, (_, i) => `Paragraph ${i + 1}.`));
    const room = SLACK_LIMITS.blocksPerMessage;
    // each paragraph is one Slack block
    expect(renderSlack(of(room - 1)).blocks.map((b) => b.type)).toEqual(Array(room - 1).fill('section'));
    const fits = respondTarget({ share: 'what does the Paris Call cover?' });
    await sendAnswer(ctx, fits.target, of(room - 1));
    expect(fits.responses[0]?.blocks?.at(-1)).toEqual(SHARE);
    const full = respondTarget({ share: 'what does the Paris Call cover?' });
    await sendAnswer(ctx, full.target, of(room));
    expect(full.responses[0]?.blocks).toEqual(renderSlack(of(room)).blocks);
  });
});

describe('Slack answers posted in a channel, thread or DM (post)', () => {
  it('answers in the thread it was asked in, without link previews', async () => {
    await sendAnswer(ctx, { via: 'post', channel: 'CASK', user: 'UASKER', threadTs: '1700000300.000100' }, answer());
    expect(fake.callsTo('chat.postMessage').map((c) => c.args)).toMatchObject([{ channel: 'CASK', thread_ts: '1700000300.000100', text: 'The Paris Call covers 2.1 and 2.5.', unfurl_links: 'false' }]);
  });

  it('answers outside a thread when none is given', async () => {
    await sendAnswer(ctx, { via: 'post', channel: 'DUASKER', user: 'UASKER' }, answer());
    expect(fake.callsTo('chat.postMessage')[0]?.args).not.toHaveProperty('thread_ts');
  });

  it('shows a refusal only to the asker, in the thread', async () => {
    await sendAnswer(ctx, { via: 'post', channel: 'CASK', user: 'UASKER', threadTs: '1700000300.000100' }, refusal);
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
    expect(fake.callsTo('chat.postEphemeral').map((c) => c.args)).toMatchObject([{ channel: 'CASK', user: 'UASKER', thread_ts: '1700000300.000100', text: 'Only moderators can export the catalog.' }]);
  });
});

describe('the files an answer carries', () => {
  it("uploads a chart in the answer's thread, with its alt text, and logs it", async () => {
    files = [png('paris')];
    await sendAnswer(ctx, { via: 'post', channel: 'CASK', user: 'UASKER', threadTs: '1700000300.000100' }, answer());
    expect(fake.callsTo('files.getUploadURLExternal').map((c) => c.args)).toMatchObject([{ filename: 'paris.png', alt_text: 'Profile of paris' }]);
    expect(completed()).toMatchObject([{ channel_id: 'CASK', thread_ts: '1700000300.000100', files: [{ title: 'Chart paris' }] }]);
    expect(completed()[0]).not.toHaveProperty('initial_comment');
    expect(logs).toContainEqual(expect.objectContaining({ level: 30, msg: 'answer files uploaded', files: ['paris.png'], visible: true }));
  });

  it('sends the one file of an answer only the asker sees to their DM, saying where it was asked', async () => {
    files = [png('paris')];
    await sendAnswer(ctx, respondTarget().target, answer());
    expect(fake.callsTo('conversations.open').map((c) => c.args)).toMatchObject([{ users: 'UASKER' }]);
    expect(completed()).toMatchObject([{ channel_id: 'DUASKER', initial_comment: 'The file for the answer you asked for in <#CASK>.' }]);
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'answer files uploaded', visible: false }));
  });

  it('sends several files together to the DM, in the plural; only images get alt text', async () => {
    files = [png('paris'), xlsx];
    await sendAnswer(ctx, respondTarget().target, answer());
    expect(completed()).toMatchObject([{ channel_id: 'DUASKER', initial_comment: 'The files for the answer you asked for in <#CASK>.', files: [{ title: 'Chart paris' }, { title: 'normbot-catalog.xlsx' }] }]);
    const asked = fake.callsTo('files.getUploadURLExternal').map((c) => c.args);
    expect(asked.find((a) => a.filename === 'normbot-catalog.xlsx')).not.toHaveProperty('alt_text');
  });

  it("sends a refusal's file to the DM even from a channel post", async () => {
    files = [xlsx];
    await sendAnswer(ctx, { via: 'post', channel: 'CASK', user: 'UASKER' }, refusal);
    expect(completed()).toMatchObject([{ channel_id: 'DUASKER' }]);
  });

  it('keeps the answer when the DM cannot be opened, and logs a warning naming the files', async () => {
    files = [png('paris')];
    fake.failNext('conversations.open', { error: 'cannot_dm_bot' });
    const { responses, target } = respondTarget();
    await sendAnswer(ctx, target, answer());
    expect(responses).toMatchObject([{ text: 'The Paris Call covers 2.1 and 2.5.' }]);
    expect(completed()).toEqual([]);
    expect(logs).toContainEqual(expect.objectContaining({ level: 40, msg: 'answer files not uploaded', files: ['paris.png'] }));
  });

  it('uploads nothing and logs nothing for an answer without files', async () => {
    await sendAnswer(ctx, respondTarget().target, answer());
    expect(fake.attemptsAt('files.getUploadURLExternal')).toEqual([]);
    expect(logs).toEqual([]);
  });
});
