import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../../config.js';
import type { MailTransport } from './send-due-mail.js';

/** The nodemailer transport for SMTP_*; one connection per pass (no pool: mail is rare). */
export function createSmtpTransport(smtp: SmtpConfig): MailTransport {
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.auth ? { auth: smtp.auth } : {}),
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
}
