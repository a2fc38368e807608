import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../../src/cli/commands/parse.js';
import { UsageError } from '../../../../src/cli/cli-io.js';
import { captureCliIo } from '../../../helpers/capture-cli-io.js';

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../../fixtures/mail', name);

describe('normbot parse', () => {
  it('prints one JSON object with kind, contributor and agreements', async () => {
    const io = captureCliIo();
    expect(await run([fixture('table-several.eml'), '--json'], io)).toBe(0);
    const out = JSON.parse(io.out()) as { kind: string; contributor: { name: string }; agreements: Array<{ name: string; launchYear: number }> };
    expect(out.kind).toBe('contribution');
    expect(out.contributor.name).toBe('Maria Rossi');
    expect(out.agreements.map((a) => a.launchYear)).toEqual([2018, 2018, 2019]);
  });

  it('prints a readable summary without --json', async () => {
    const io = captureCliIo();
    await run([fixture('fr-inline-reply.eml')], io);
    expect(io.out()).toContain('looks like:  The Paris Call for Trust and Security in Cyberspace');
  });

  it('says which file it cannot read', async () => {
    const io = captureCliIo();
    expect(await run(['/nonexistent/x.eml'], io)).toBe(1);
    expect(io.err()).toMatch(/cannot read \/nonexistent\/x\.eml \(ENOENT\)/);
  });

  it('refuses a call without a file', async () => {
    await expect(run(['--json'], captureCliIo())).rejects.toBeInstanceOf(UsageError);
  });
});
