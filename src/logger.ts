import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs on stderr (stdout belongs to the CLI and the terminal chat). Components take a
 * child logger: `logger.child({ component: 'intake' })`. Never log secrets, contributors' e-mail
 * addresses or message bodies. On a terminal the lines are pretty-printed for people (pino-pretty);
 * anywhere else (a file, a container, a log collector) they stay one JSON object per line.
 */
export function createLogger(level: string = 'info', opts: { pretty?: boolean; destination?: NodeJS.WritableStream } = {}): Logger {
  const readable = opts.pretty ?? Boolean(process.stderr.isTTY);
  const destination: DestinationStream = readable
    ? prettyPrinter()({ destination: opts.destination ?? 2, sync: true, colorize: opts.destination === undefined, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,app' })
    : ((opts.destination as DestinationStream | undefined) ?? pino.destination(2));
  return pino(
    {
      level,
      base: { app: 'normbot' },
      redact: {
        paths: ['email', 'to', 'from', 'password', 'token', 'pass', '*.email', '*.to', '*.from', '*.password', '*.token', '*.pass'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/** pino-pretty and its dependencies, loaded only for a terminal: a deployed bot starts without them. */
function prettyPrinter(): typeof import('pino-pretty') {
  return createRequire(import.meta.url)('pino-pretty') as typeof import('pino-pretty');
}

/** A logger that drops everything: for tests and for CLI commands that print their own output. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
