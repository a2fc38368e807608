import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/store/package-root.js';
import { BOT_ENTRY, botNodeFlags, cliNodeFlags } from '../helpers/bot-node-flags.js';

/** The command of the Dockerfile's CMD (its JSON form). */
function containerCommand(): string[] {
  const dockerfile = fs.readFileSync(path.join(packageRoot(), 'Dockerfile'), 'utf8');
  const cmd = /^CMD (\[.*\])$/m.exec(dockerfile);
  if (!cmd) throw new Error('the Dockerfile has no CMD ["node", ...]');
  return JSON.parse(cmd[1]!) as string[];
}

describe('how the bot is launched', () => {
  it("caps V8's young generation (2 x 16 MB by default) when started by npm start: a smaller heap left resident between questions", () => {
    const semiSpace = botNodeFlags().map((f) => /^--max-semi-space-size=(\d+)$/.exec(f)?.[1]).find(Boolean);
    expect(Number(semiSpace)).toBeGreaterThan(0);
    expect(Number(semiSpace)).toBeLessThan(16);
  });

  it("lets V8's old generation grow by a fifth between full collections, not up to 4 times: a catalog load leaves no freed heap resident", () => {
    const growing = botNodeFlags().map((f) => /^--heap-growing-percent=(\d+)$/.exec(f)?.[1]).find(Boolean);
    expect(Number(growing)).toBeGreaterThan(0);
    expect(Number(growing)).toBeLessThanOrEqual(50);
  });

  it('runs the container with the same Node flags as npm start', () => {
    expect(containerCommand()).toEqual(['node', ...botNodeFlags(), BOT_ENTRY]);
  });

  it("runs the CLI (bin/normbot.js) with the bot's young generation: a one-shot answer over a large catalog peaks lower", () => {
    expect(cliNodeFlags()).toContain(botNodeFlags().find((f) => f.startsWith('--max-semi-space-size=')));
  });
});
