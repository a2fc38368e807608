import os from 'node:os';
import type { Actor } from '../../core/moderation/draft.js';

/** The operator at the terminal, by login name; containers without a passwd entry fall back to $USER. */
export function terminalActor(env: NodeJS.ProcessEnv): Actor {
  let login: string;
  try {
    login = os.userInfo().username;
  } catch {
    login = env.USER ?? env.LOGNAME ?? 'operator';
  }
  return { platform: 'terminal', id: login, name: login };
}
