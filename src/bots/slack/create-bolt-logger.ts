import type { Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../logger.js';
import { LogLevel } from './bolt.js';
type Level = (typeof LogLevel)[keyof typeof LogLevel];

/** Bolt's logger interface over our pino logger, so Bolt's own lines are structured too. */
export function createBoltLogger(logger: Logger, level: Level = LogLevel.WARN): BoltLogger {
  let current: Level = level;
  const order: Level[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];
  const on = (l: Level) => order.indexOf(l) >= order.indexOf(current);
  const line = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: (...msg: unknown[]) => on(LogLevel.DEBUG) && logger.debug(line(msg)),
    info: (...msg: unknown[]) => on(LogLevel.INFO) && logger.info(line(msg)),
    warn: (...msg: unknown[]) => on(LogLevel.WARN) && logger.warn(line(msg)),
    error: (...msg: unknown[]) => on(LogLevel.ERROR) && logger.error(line(msg)),
    setLevel: (l: Level) => {
      current = l;
    },
    getLevel: () => current,
    setName: () => undefined,
  } as BoltLogger;
}
