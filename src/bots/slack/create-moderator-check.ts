import { describeError } from '../../errors.js';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../logger.js';

/** Group membership changes rarely; a minute keeps clicks fast and a removal effective soon. */
export const MODERATOR_CACHE_MS = 60_000;

export interface ModeratorCheckDeps {
  client: WebClient;
  group?: string;
  users: readonly string[];
  now: () => Date;
  logger: Logger;
}

/**
 * Whether a Slack user may moderate: listed by id, or a member of the configured user group
 * (usergroups.users.list, cached briefly). If Slack cannot be asked, the answer is no: a refusal
 * is safer than letting anyone decide.
 */
export function createModeratorCheck(deps: ModeratorCheckDeps): (userId: string) => Promise<boolean> {
  const listed = new Set(deps.users);
  let cache: { members: Set<string>; until: number } | null = null;
  let inflight: Promise<Set<string>> | null = null;

  const loadGroup = async (group: string): Promise<Set<string>> => {
    const now = deps.now().getTime();
    if (cache && cache.until > now) return cache.members;
    inflight ??= deps.client.usergroups.users
      .list({ usergroup: group })
      .then((res) => {
        const members = new Set(res.users ?? []);
        cache = { members, until: deps.now().getTime() + MODERATOR_CACHE_MS };
        return members;
      })
      .finally(() => {
        inflight = null;
      });
    return inflight;
  };

  return async (userId) => {
    if (listed.has(userId)) return true;
    if (!deps.group) return false;
    try {
      return (await loadGroup(deps.group)).has(userId);
    } catch (error) {
      deps.logger.warn({ ...describeError(error), usergroup: deps.group }, 'cannot read the moderator user group; treating the user as not a moderator');
      return false;
    }
  };
}
