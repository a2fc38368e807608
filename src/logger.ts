import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs on stderr (stdout belongs to the CLI and the terminal chat). Components take
 * a child logger: `logger.child({ component: 'intake' })`. Never log secrets, contributors' e-mail
 * addresses or message bodies.
 */
export function createLogger(level: string = 'info'): Logger {
  return pino(
    {
      level,
      base: { app: 'normbot' },
      redact: {
        paths: ['email', 'to', 'from', 'password', 'token', 'pass', '*.email', '*.to', '*.from', '*.password', '*.token', '*.pass'],
        censor: '[redacted]',
      },
    },
    pino.destination(2),
  );
}

/** A logger that drops everything: for tests and for CLI commands that print their own output. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
