import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../../src/cli/commands/parse.js';
import { UsageError } from '../../../../src/cli/cli-io.js';
import { captureCliIo } from '../../../helpers/capture-cli-io.js';

// a parser bug on demand: the parse of the mail with its first agreement's year turned into text
const faulty = vi.hoisted(() => ({ on: false }));
vi.mock('../../../../src/intake/parse/parse-email.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../src/intake/parse/parse-email.js')>();
  return {
    ...original,
    parseEmail: async (...args: Parameters<typeof original.parseEmail>) => {
      const m = await original.parseEmail(...args);
      return faulty.on ? { ...m, agreements: m.agreements.map((a, i) => (i === 0 ? { ...a, launchYear: 'twenty eighteen' as unknown as number } : a)) } : m;
    },
  };
});
afterEach(() => {
  faulty.on = false;
});

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

  it('prints no parse the intake would reject, and says which field is wrong', async () => {
    faulty.on = true;
    const io = captureCliIo();
    expect(await run([fixture('table-several.eml'), '--json'], io)).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err()).toMatch(/invalid result for .*table-several\.eml \(agreements\.0\.launchYear: .*\)/);
  });

  it('refuses a call without a file', async () => {
    await expect(run(['--json'], captureCliIo())).rejects.toBeInstanceOf(UsageError);
  });
});
