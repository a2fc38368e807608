import type { User } from 'discord.js';
import type { Actor } from '../../core/moderation/draft.js';

/** The moderator as the core records them: Discord user id and display name, nothing else. */
export function discordActor(user: Pick<User, 'id' | 'username' | 'globalName'>): Actor {
  return { platform: 'discord', id: user.id, name: user.globalName ?? user.username };
}
