import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const opts = { root: '/opt/normbot', cwd: '/home/op' };
const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env, opts);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('defaults the database, data and inbox to folders inside the package', () => {
    const config = loadConfig({}, opts);
    expect(config).toMatchObject({
      dbPath: path.join('/opt/normbot', 'data/normbot.sqlite'),
      dataDir: path.join('/opt/normbot', 'data'),
      inboxDir: path.join('/opt/normbot', 'data/inbox'),
      logLevel: 'info',
      imap: null,
      smtp: null,
      slack: null,
      discord: null,
    });
  });

  it('gives not-in-catalog answers the address of the BPF call for contributions unless another is set', () => {
    expect(loadConfig({}, opts).contributionAddress).toBe('bpf-cybersecurity-contribution@intgovforum.org');
    expect(loadConfig({ NORMBOT_CONTRIBUTION_ADDRESS: 'norms@example.org' }, opts).contributionAddress).toBe('norms@example.org');
    expect(problemsOf({ NORMBOT_CONTRIBUTION_ADDRESS: 'not an address' })).toMatch(/NORMBOT_CONTRIBUTION_ADDRESS must be an e-mail address/);
  });

  it('resolves a relative NORMBOT_DB against the working directory', () => {
    expect(loadConfig({ NORMBOT_DB: 'var/bot.sqlite' }, opts).dbPath).toBe('/home/op/var/bot.sqlite');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ IMAP_HOST: '', LOG_LEVEL: '' }, opts)).toMatchObject({ imap: null, logLevel: 'info' });
  });

  it('names the variable and the allowed values for a bad LOG_LEVEL', () => {
    expect(problemsOf({ LOG_LEVEL: 'loud' })).toMatch(/LOG_LEVEL must be one of fatal, error/);
  });

  it('reads a complete IMAP group with its defaults', () => {
    const config = loadConfig({ IMAP_HOST: 'mail.example.org', IMAP_USER: 'bpf', IMAP_PASSWORD: 'pw' }, opts);
    expect(config.imap).toEqual({ host: 'mail.example.org', port: 993, secure: true, user: 'bpf', password: 'pw', mailbox: 'INBOX', processedMailbox: null, failedMailbox: 'Failed' });
  });

  it('names every missing variable of a half-set IMAP group', () => {
    const message = problemsOf({ IMAP_HOST: 'mail.example.org' });
    expect(message).toMatch(/IMAP_USER is missing/);
    expect(message).toMatch(/IMAP_PASSWORD is missing/);
  });

  it('rejects a port that is not a number', () => {
    expect(problemsOf({ IMAP_HOST: 'h', IMAP_USER: 'u', IMAP_PASSWORD: 'p', IMAP_PORT: 'imap' })).toMatch(/IMAP_PORT must be a port number/);
  });

  it('parses IMAP_SECURE=false as false', () => {
    expect(loadConfig({ IMAP_HOST: 'h', IMAP_USER: 'u', IMAP_PASSWORD: 'p', IMAP_SECURE: 'false' }, opts).imap?.secure).toBe(false);
  });

  it('accepts SMTP without login', () => {
    expect(loadConfig({ SMTP_HOST: '127.0.0.1', SMTP_PORT: '2525', SMTP_FROM: 'bot@example.org' }, opts).smtp).toEqual({
      host: '127.0.0.1',
      port: 2525,
      secure: false,
      auth: null,
      from: 'bot@example.org',
    });
  });

  it('asks for SMTP_USER and SMTP_PASSWORD together', () => {
    expect(problemsOf({ SMTP_HOST: 'h', SMTP_FROM: 'bot@example.org', SMTP_USER: 'u' })).toMatch(/SMTP_USER and SMTP_PASSWORD together/);
  });

  it('rejects an SMTP_FROM that is not an address', () => {
    expect(problemsOf({ SMTP_HOST: 'h', SMTP_FROM: 'normbot' })).toMatch(/SMTP_FROM must be the address/);
  });

  it('reports a half-set Slack group through the Slack settings', () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1' })).toMatch(/SLACK_/);
  });

  it('reports a half-set Discord group through the Discord settings', () => {
    expect(problemsOf({ DISCORD_TOKEN: 'x'.repeat(30) })).toMatch(/DISCORD_APPLICATION_ID/);
  });

  it('ends its message with what to do next', () => {
    expect(problemsOf({ LOG_LEVEL: 'loud' })).toMatch(/Set or correct these variables in the environment and start again/);
  });

  it('reads the acknowledgement rules with their defaults: From alone, one per sender a day, 30 an hour', () => {
    expect(loadConfig({}, opts).acknowledgements).toEqual({ authservId: null, maxPerSenderPerDay: 1, maxPerHour: 30 });
    expect(loadConfig({ MAIL_AUTHSERV_ID: 'mx.bpf.example', ACK_MAX_PER_SENDER_PER_DAY: '2', ACK_MAX_PER_HOUR: '100' }, opts).acknowledgements).toEqual({
      authservId: 'mx.bpf.example',
      maxPerSenderPerDay: 2,
      maxPerHour: 100,
    });
  });

  it('refuses an authserv-id with a space or a semicolon, and a limit that is not a whole number', () => {
    expect(problemsOf({ MAIL_AUTHSERV_ID: 'mx.bpf.example; spf=pass' })).toMatch(/MAIL_AUTHSERV_ID must be the authserv-id/);
    expect(problemsOf({ ACK_MAX_PER_HOUR: 'many' })).toMatch(/ACK_MAX_PER_HOUR must be a whole number/);
    expect(problemsOf({ NORMBOT_BUSY_TIMEOUT_MS: '-1' })).toMatch(/NORMBOT_BUSY_TIMEOUT_MS must be at least 0/);
  });

  it('reads IMAP_FAILED_MAILBOX', () => {
    expect(loadConfig({ IMAP_HOST: 'h', IMAP_USER: 'u', IMAP_PASSWORD: 'p', IMAP_FAILED_MAILBOX: 'normbot/failed' }, opts).imap?.failedMailbox).toBe('normbot/failed');
  });
});

