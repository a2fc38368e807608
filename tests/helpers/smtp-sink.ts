import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './dovecot.js';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  headers: Map<string, unknown>;
  raw: Buffer;
}

export interface SmtpSink {
  port: number;
  received: ReceivedMail[];
  /** smtp settings for nodemailer.createTransport */
  transport: { host: string; port: number; secure: false; ignoreTLS: true };
  /** closes the port: senders get ECONNREFUSED (an outage) */
  stop(): Promise<void>;
  /** listens again on the same port */
  start(): Promise<void>;
}

/** A real smtp-server on loopback that records every mail (../shared/TEST-RIG.md §2). */
export async function startSmtpSink(): Promise<SmtpSink> {
  const port = await freePort();
  const received: ReceivedMail[] = [];
  let server: SMTPServer | null = null;

  const start = async () => {
    server = new SMTPServer({
      authOptional: true,
      // the built-in certificate is expired: no STARTTLS on loopback
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw).then((mail) => {
            received.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              headers: mail.headers,
              raw,
            });
            callback();
          }, callback);
        });
      },
    });
    const s = server;
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => resolve());
    });
    // a client that dies mid-session (a killed bot) resets its connection: not the sink's failure
    s.on('error', () => undefined);
  };
  await start();
  return {
    port,
    received,
    transport: { host: '127.0.0.1', port, secure: false, ignoreTLS: true },
    start,
    stop: async () => {
      const s = server;
      server = null;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
}
