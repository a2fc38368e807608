import os from 'node:os';
import type { Actor } from '../../core/moderation/draft.js';

/** The operator at the terminal, by login name: $USER or $LOGNAME, else the OS account (containers may have neither). */
export function terminalActor(env: NodeJS.ProcessEnv): Actor {
  let login = env.USER?.trim() || env.LOGNAME?.trim() || '';
  if (login === '') {
    try {
      login = os.userInfo().username;
    } catch {
      login = 'operator';
    }
  }
  return { platform: 'terminal', id: login, name: login };
}
