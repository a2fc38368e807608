import { pino } from 'pino';
/**
 * Structured JSON logs on stderr (stdout belongs to the CLI and the terminal chat). Components take
 * a child logger: `logger.child({ component: 'intake' })`. Never log secrets, contributors' e-mail
 * addresses or message bodies.
 */
export function createLogger(level = 'info') {
    return pino({
        level,
        base: { app: 'normbot' },
        redact: { paths: ['*.email', '*.to', '*.from', '*.password', '*.token', '*.pass'], censor: '[redacted]' },
    }, pino.destination(2));
}
/** A logger that drops everything: for tests and for CLI commands that print their own output. */
export function silentLogger() {
    return pino({ level: 'silent' });
}
//# sourceMappingURL=logger.js.map