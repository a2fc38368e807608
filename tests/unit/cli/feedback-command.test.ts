import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.js';
import { captureCliIo } from '../../helpers/capture-cli-io.js';
import { useCliStore } from '../../helpers/use-cli-store.js';

const { cli, paths } = useCliStore('normbot-feedback-cli-');

beforeAll(async () => {
  // a terminal conversation: a question, a follow-up, then "that's wrong" on the follow-up's answer
  const io = captureCliIo({ stdin: ['Which agreements cover botnets?', 'only since 2019', "that's wrong, it misses the anti-botnet guide"].join('\n'), env: { USER: 'alice' } });
  expect(await runCli(['chat', '--db', paths.db], io)).toBe(0);
  expect(io.out()).toMatch(/Thanks, noted as wrong/);
});

describe('normbot feedback', () => {
  it('lists a "that\'s wrong" typed in the terminal chat as a test case: the conversation, the reading and the answer', async () => {
    const { code, out } = await cli('feedback', '--json');
    expect(code).toBe(0);
    const [entry] = JSON.parse(out) as Array<{ verdict: string; comment: string; ask: string[]; readAs: string; reading: { years?: { min?: number; words: string } }; intent: string; platform: string; actorId: string }>;
    expect(entry).toMatchObject({ verdict: 'wrong', comment: 'it misses the anti-botnet guide', ask: ['Which agreements cover botnets?', 'only since 2019'], intent: 'agreements-for-element', platform: 'terminal', actorId: 'alice' });
    expect(entry?.reading.years).toEqual({ min: 2019, words: 'since 2019' });
    expect(entry?.readAs).toMatch(/botnets, adopted 2019 or later/);
  });

  it('prints the same as text', async () => {
    const { code, out: wrapped } = await cli('feedback');
    const out = wrapped.replace(/\s+/g, ' ');
    expect(code).toBe(0);
    expect(out).toMatch(/Feedback on answers: 1 \(1 👎\)/);
    expect(out).toMatch(/"only since 2019"/);
    expect(out).toMatch(/comment: it misses the anti-botnet guide/);
  });

  it('refuses stray arguments', async () => {
    const { code, err } = await cli('feedback', 'extra');
    expect(code).toBe(2);
    expect(err).toMatch(/usage: normbot feedback/);
  });
});
