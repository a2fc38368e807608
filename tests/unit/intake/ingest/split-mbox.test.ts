import { describe, expect, it } from 'vitest';
import { isMbox, splitMbox } from '../../../../src/intake/ingest/split-mbox.js';

const mbox = [
  'From ada@example.test Wed Oct  7 16:00:00 2020',
  'From: ada@example.test',
  'Subject: one',
  '',
  'first body',
  '>From the start, we wanted this.',
  '',
  'From grace@example.test Thu Oct  8 16:00:00 2020',
  'From: grace@example.test',
  'Subject: two',
  '',
  'second body',
  '>>From a quoted quote',
  '',
].join('\n');

describe('splitMbox', () => {
  it('splits on "From " separator lines', () => {
    const messages = splitMbox(Buffer.from(mbox));
    expect(messages.map((m) => /Subject: (\w+)/.exec(m.toString())?.[1])).toEqual(['one', 'two']);
  });

  it('unescapes ">From " lines', () => {
    const [first, second] = splitMbox(Buffer.from(mbox)).map((m) => m.toString());
    expect(first).toContain('\nFrom the start, we wanted this.');
    expect(second).toContain('\n>From a quoted quote');
  });

  it('drops the separator and the blank line that ends each message', () => {
    const [first] = splitMbox(Buffer.from(mbox)).map((m) => m.toString());
    expect(first!.startsWith('From: ada@example.test')).toBe(true);
    expect(first!.endsWith('we wanted this.\n')).toBe(true);
  });

  it('keeps non-UTF-8 bytes as they are', () => {
    const raw = Buffer.concat([Buffer.from('From x\nSubject: a\n\ncaf'), Buffer.from([0xe9]), Buffer.from('\n\n')]);
    expect(splitMbox(raw)[0]!.includes(Buffer.from([0xe9]))).toBe(true);
  });

  it('recognises an mbox by its first line', () => {
    expect(isMbox(Buffer.from(mbox))).toBe(true);
    expect(isMbox(Buffer.from('From: ada@example.test\n'))).toBe(false);
  });
});
