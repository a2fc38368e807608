import type { Actor } from '../../core/moderation/draft.js';

/** The user as the core records them: Slack user id and the best name Slack sent, else the id. */
export function slackActor(user: { id: string; name?: string | undefined; username?: string | undefined }): Actor {
  return { platform: 'slack', id: user.id, name: user.name || user.username || user.id };
}
