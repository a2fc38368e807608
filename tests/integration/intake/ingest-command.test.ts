import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/cli-io.js';
import { runCli } from '../../../src/cli/run-cli.js';
import { openStore } from '../../../src/store/open-store.js';
import { buildMail } from '../../unit/intake/ingest/build-mail.js';

let dir: string;
let db: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'normbot-ingest-'));
  db = path.join(dir, 'normbot.sqlite');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], stderrIsTty = false, env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), stdin: process.stdin, env, isTty: false, stderrIsTty };
  const code = await runCli(['ingest', ...args, '--db', db], io);
  return { code, out, err };
}

const mboxOf = (...messages: Buffer[]) =>
  Buffer.concat(messages.flatMap((m) => [Buffer.from('From sender@example.test Wed Oct  7 16:00:00 2020\n'), Buffer.from(m.toString().replace(/\r\n/g, '\n').replace(/^From /gm, '>From ')), Buffer.from('\n\n')]));

describe('normbot ingest', () => {
  it('imports .eml files, folders recursively and mbox files, then prints the counts', async () => {
    fs.mkdirSync(path.join(dir, 'mail/nested'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'one.eml'), buildMail());
    fs.writeFileSync(path.join(dir, 'mail/nested/two.eml'), buildMail());
    fs.copyFileSync(path.resolve(import.meta.dirname, '../../fixtures/mail/corpus/D05-out-of-office.eml'), path.join(dir, 'mail/ooo.eml'));
    fs.writeFileSync(path.join(dir, 'archive.mbox'), mboxOf(buildMail(), buildMail()));
    const { code, out } = await cli([path.join(dir, 'one.eml'), path.join(dir, 'mail'), path.join(dir, 'archive.mbox')]);
    expect(code).toBe(0);
    expect(out).toMatch(/messages read: +5/);
    expect(out).toMatch(/new contributions: +4/);
    expect(out).toMatch(/drafts created: +4/);
    expect(out).toMatch(/auto-replies: +1/);
    const store = await openStore(db);
    expect((await store.db.get<{ n: number }>('SELECT count(*) n FROM drafts'))?.n).toBe(4);
    await store.close();
  });

  it('counts a file ingested twice as a duplicate', async () => {
    const file = path.join(dir, 'one.eml');
    fs.writeFileSync(file, buildMail());
    await cli([file]);
    const { out } = await cli([file]);
    expect(out).toMatch(/new contributions: +0/);
    expect(out).toMatch(/duplicates: +1/);
  });

  it('reports bad mail as failed with its error code and goes on', async () => {
    fs.writeFileSync(path.join(dir, 'bad.eml'), 'not a mail\n\nat all');
    fs.writeFileSync(path.join(dir, 'empty.eml'), '');
    fs.writeFileSync(path.join(dir, 'good.eml'), buildMail());
    const { code, out, err } = await cli([dir]);
    expect(code).toBe(0);
    expect(out).toMatch(/failed: +2/);
    expect(out).toMatch(/new contributions: +1/);
    expect(err).toContain('MALFORMED_MIME');
    expect(err).toContain('EMPTY_MESSAGE');
  });

  it('draws a progress bar with the counts on stderr when stderr is a terminal, and keeps stdout for the report', async () => {
    fs.writeFileSync(path.join(dir, 'one.eml'), buildMail());
    fs.writeFileSync(path.join(dir, 'two.eml'), buildMail());
    fs.writeFileSync(path.join(dir, 'bad.eml'), '');
    const { out, err } = await cli([dir], true);
    expect(err).toMatch(/█{40} 3\/3 new 2  duplicates 0  failed 1/);
    expect(out).not.toContain('█');
    expect(out).toMatch(/messages read: +3/);
  });

  it('draws no bar when stderr is not a terminal', async () => {
    fs.writeFileSync(path.join(dir, 'one.eml'), buildMail());
    const { err } = await cli([dir], false);
    expect(err).not.toContain('█');
  });

  it('says which path cannot be read and exits 1', async () => {
    const { code, err } = await cli([path.join(dir, 'missing.eml')]);
    expect(code).toBe(1);
    expect(err).toContain('missing.eml: cannot read (ENOENT)');
  });

  it('refuses to run without a path', async () => {
    expect((await cli([])).code).toBe(2);
  });

  it('applies the acknowledgement rules of the environment: with MAIL_AUTHSERV_ID only an authenticated sender is acknowledged', async () => {
    const stamp = { 'Authentication-Results': 'mx.bpf.example; dmarc=pass header.from=example.org' };
    fs.writeFileSync(path.join(dir, 'a.eml'), buildMail({ from: 'ada@example.org', headers: stamp }));
    fs.writeFileSync(path.join(dir, 'b.eml'), buildMail({ from: 'grace@example.org' }));
    const { code } = await cli([path.join(dir, 'a.eml'), path.join(dir, 'b.eml')], false, { MAIL_AUTHSERV_ID: 'mx.bpf.example' });
    expect(code).toBe(0);
    const store = await openStore(db);
    expect(await store.db.all('SELECT to_address FROM outbox')).toEqual([{ to_address: 'ada@example.org' }]);
    await store.close();
  });
});

