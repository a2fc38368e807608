import { LogLevel } from '@slack/bolt';
import { pino } from 'pino';
import { expect, it } from 'vitest';
import { createBoltLogger } from '../../../src/bots/slack/create-bolt-logger.js';

/** Bolt's logger over a pino logger whose lines (level name and message) are collected */
function boltLogger(level?: LogLevel) {
  const lines: Array<{ level: string; msg: string }> = [];
  const logger = pino({ level: 'debug', formatters: { level: (label) => ({ level: label }) } }, { write: (l: string) => void lines.push(JSON.parse(l) as { level: string; msg: string }) });
  return { bolt: createBoltLogger(logger, level), lines: () => lines.map((l) => `${l.level}: ${l.msg}`) };
}

it("passes Bolt's warnings and errors on at their level, and by default not its info or debug lines", () => {
  const { bolt, lines } = boltLogger();
  bolt.debug('socket frame');
  bolt.info('app started');
  bolt.warn('token rotation is off');
  bolt.error('request failed');
  expect(lines()).toEqual(['warn: token rotation is off', 'error: request failed']);
  expect(bolt.getLevel()).toBe(LogLevel.WARN);
});

it('logs every level from the one it was given, and from the one Bolt sets later', () => {
  const { bolt, lines } = boltLogger(LogLevel.INFO);
  bolt.debug('d1');
  bolt.info('i1');
  bolt.setLevel(LogLevel.DEBUG);
  expect(bolt.getLevel()).toBe(LogLevel.DEBUG);
  bolt.debug('d2');
  bolt.setLevel(LogLevel.ERROR);
  bolt.warn('w3');
  bolt.error('e3');
  expect(lines()).toEqual(['info: i1', 'debug: d2', 'error: e3']);
});

it("writes Bolt's arguments as one line: an error by its message, text as is, anything else as JSON", () => {
  const { bolt, lines } = boltLogger();
  bolt.error('An API error occurred:', new Error('invalid_auth'), { status: 401, retry: false }, 3);
  expect(lines()).toEqual(['error: An API error occurred: invalid_auth {"status":401,"retry":false} 3']);
});
