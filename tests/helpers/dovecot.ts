import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The recipe of ../shared/TEST-RIG.md §1: a private, standalone Dovecot on loopback. */
const CONFIG = `protocols = imap
listen = 127.0.0.1
base_dir = @ROOT@/run
state_dir = @ROOT@/state
log_path = @ROOT@/dovecot.log
info_log_path = @ROOT@/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u @ROOT@/passwd
}
userdb {
  driver = static
  # mail processes must not run as root: nobody
  args = uid=nobody gid=nogroup home=@ROOT@/home/%u
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Processed {
    auto = create
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = @PORT@
  }
  inet_listener imaps {
    port = 0
  }
}
protocol imap {
  mail_max_userip_connections = 50
}
`;

const NOBODY = 65534;
const NOGROUP = 65534;

export interface Dovecot {
  port: number;
  user: string;
  password: string;
  root: string;
  /** settings for ImapFlow (and startImapWatcher) */
  imap: { host: string; port: number; secure: false; user: string; password: string };
  stop(): Promise<void>;
  /** stops and starts again on the same port with the same mail */
  restart(): Promise<void>;
  /** stops for good and removes the files */
  destroy(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, logFile: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`dovecot did not listen on ${port}: ${fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : 'no log'}`);
}

/** Starts a Dovecot with a fresh user on a free loopback port. Needs root (the tests run as root here). */
export async function startDovecot(): Promise<Dovecot> {
  if (!fs.existsSync('/usr/sbin/dovecot')) throw new Error('Dovecot is missing: run scripts/ensure-test-servers.sh (npm pretest does)');
  // short path: dovecot keeps unix sockets under base_dir (about 108 bytes allowed)
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dv-'));
  fs.chmodSync(root, 0o755); // auth (user dovecot) and mail (nobody) processes must traverse it
  for (const d of ['run', 'state', 'home']) fs.mkdirSync(path.join(root, d));
  fs.chownSync(path.join(root, 'home'), NOBODY, NOGROUP);
  const port = await freePort();
  const user = `bot-${path.basename(root).slice(3).toLowerCase()}@example.test`;
  const password = 'secret';
  fs.writeFileSync(path.join(root, 'dovecot.conf'), CONFIG.replaceAll('@ROOT@', root).replaceAll('@PORT@', String(port)));
  fs.writeFileSync(path.join(root, 'passwd'), `${user}:{PLAIN}${password}\n`);
  fs.chmodSync(path.join(root, 'passwd'), 0o644);

  let child: ChildProcess | null = null;
  const start = async () => {
    // its own process group, so stop() ends the master and every login/imap process with it
    child = spawn('/usr/sbin/dovecot', ['-F', '-c', path.join(root, 'dovecot.conf')], { stdio: 'ignore', detached: true });
    await waitForPort(port, path.join(root, 'dovecot.log'));
  };
  const stop = async () => {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve());
      // a server that goes down drops its clients: the whole group, not only the master
      process.kill(-c.pid!, 'SIGKILL');
    });
    // the master is gone; its children (stats, login) may still hold their sockets, and a new
    // master refuses to start beside them ("Dovecot is already running?"): wait for the whole group
    for (let i = 0; i < 200 && groupAlive(c.pid!); i++) await new Promise((r) => setTimeout(r, 10));
    // and until the port is really closed before a restart
    for (let i = 0; i < 100; i++) {
      const open = await new Promise<boolean>((resolve) => {
        const s = net.connect(port, '127.0.0.1');
        s.once('connect', () => (s.destroy(), resolve(true)));
        s.once('error', () => resolve(false));
      });
      if (!open) break;
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  await start();
  return {
    port,
    user,
    password,
    root,
    imap: { host: '127.0.0.1', port, secure: false, user, password },
    stop,
    restart: async () => {
      await stop();
      await start();
    },
    destroy: async () => {
      await stop();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Whether any process of the group led by pid is still alive (signal 0 tests without sending). */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
