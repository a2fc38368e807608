import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/cli-io.js';
import { runCli } from '../../../src/cli/run-cli.js';
import { openStore } from '../../../src/store/open-store.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { makeTempDir } from '../../helpers/make-temp-dir.js';

function captureIo(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    stdin: new PassThrough(),
    env: { USER: 'operator-ann' },
    isTty: false,
    out: () => out,
    err: () => err,
  };
}

describe('normbot moderation commands', () => {
  let dbPath: string;
  let draftId: number;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    const tmp = await makeTempDir('normbot-cli-');
    cleanup = tmp.cleanup;
    dbPath = path.join(tmp.dir, 'bot.sqlite');
    const store = await openStore(dbPath);
    draftId = await insertDraft(store.db, { contributor: { email: 'ada@example.org' } });
    await store.close();
  });
  afterEach(async () => cleanup());

  const cli = async (...argv: string[]) => {
    const io = captureIo();
    const code = await runCli([...argv, '--db', dbPath], io);
    return { code, out: io.out(), err: io.err() };
  };

  it('lists the pending drafts as JSON', async () => {
    const { code, out } = await cli('drafts', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([expect.objectContaining({ id: draftId, status: 'pending' })]);
  });

  it('shows a draft card with its history and no e-mail address', async () => {
    const { code, out } = await cli('show', String(draftId));
    expect(code).toBe(0);
    expect(out).toContain('Nordic Cyber Stability Accord');
    expect(out).toContain('v1');
    expect(out).not.toContain('ada@example.org');
  });

  it('approves as the operator', async () => {
    await cli('approve', String(draftId));
    const { out } = await cli('show', String(draftId), '--json');
    expect(JSON.parse(out).draft).toMatchObject({ status: 'approved', decidedBy: { platform: 'terminal', id: 'operator-ann' } });
  });

  it('exits 1 and says who decided when approving a decided draft', async () => {
    await cli('approve', String(draftId));
    const { code, err } = await cli('approve', String(draftId));
    expect(code).toBe(1);
    expect(err).toContain('already approved by operator-ann');
  });

  it('rejects with a reason', async () => {
    const { code, out } = await cli('reject', String(draftId), '--reason', 'not a norms agreement');
    expect(code).toBe(0);
    expect(out).toContain('not a norms agreement');
  });

  it('refuses a reject without a reason as a usage error', async () => {
    const { code, err } = await cli('reject', String(draftId));
    expect(code).toBe(2);
    expect(err).toContain('--reason');
  });

  it('merges into an agreement named fuzzily', async () => {
    const { code, out } = await cli('merge', String(draftId), 'Paris Call');
    expect(code).toBe(0);
    expect(out).toMatch(/Merged draft \d+ into agreement \d+ "The Paris Call for Trust/);
  });

  it('edits and undoes a field', async () => {
    await cli('edit', String(draftId), '--set', 'year=2019', '--set', 'name=Nordic Accord');
    await cli('undo', String(draftId));
    const { out } = await cli('show', String(draftId), '--json');
    const shown = JSON.parse(out);
    expect(shown.draft.fields).toMatchObject({ name: 'Nordic Cyber Stability Accord', launchYear: 2021 });
    expect(shown.history.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);
  });

  const WHEN = String.raw`\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC`;

  it("lists every decision in the draft's history: who, on which platform, when and why, the undone one too", async () => {
    await cli('approve', String(draftId));
    await cli('undo', String(draftId));
    await cli('reject', String(draftId), '--reason', 'not a norms agreement');
    const { out } = await cli('show', String(draftId));
    const history = out.slice(out.indexOf(`History of draft ${draftId}`)).split('\n').slice(1, 5);
    expect(history[0]).toMatch(new RegExp(`^  v1  ${WHEN}  normbot intake \\(system\\)  created from contribution #\\d+$`));
    expect(history[1]).toMatch(new RegExp(`^  decision  ${WHEN}  operator-ann \\(terminal\\)  approved as agreement \\d+$`));
    expect(history[2]).toMatch(new RegExp(`^  undo  ${WHEN}  operator-ann \\(terminal\\)  undid the approval of ${WHEN}; pending again$`));
    expect(history[3]).toMatch(new RegExp(`^  decision  ${WHEN}  operator-ann \\(terminal\\)  rejected: not a norms agreement$`));
  });

  it("shows a field a moderator edited (by the schema's name) as set by them, not with the parse's confidence and quote", async () => {
    const store = await openStore(dbPath);
    const edited = await insertDraft(store.db, { evidence: { launchYear: { snippet: 'Date of launch: January 2021', confidence: 0.8 } } });
    await store.close();
    expect((await cli('show', String(edited))).out).toContain('Year: 2021 (confidence 0.80 · "Date of launch: January 2021")');
    expect((await cli('edit', String(edited), '--set', 'launchYear=2020')).code).toBe(0);
    const { out } = await cli('show', String(edited));
    expect(out).toMatch(new RegExp(`^Year: 2020 \\(set by operator-ann \\(terminal\\) at ${WHEN}\\)$`, 'm'));
    expect(out).not.toContain('Date of launch');
    expect(out).toMatch(new RegExp(`^  v2  ${WHEN}  operator-ann \\(terminal\\)  year: '2021' -> '2020'$`, 'm'));
  });

  it('rejects a draft id that is not a number as a usage error', async () => {
    const { code, err } = await cli('approve', 'twelve');
    expect(code).toBe(2);
    expect(err).toContain('not a draft id');
  });

  it('prints the digest with the pending count', async () => {
    const { code, out } = await cli('digest');
    expect(code).toBe(0);
    expect(out).toContain('1 pending draft');
  });
});
