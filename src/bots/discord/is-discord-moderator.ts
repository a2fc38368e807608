import { GuildMember, type APIInteractionGuildMember } from 'discord.js';

/**
 * A moderator is a guild member holding the configured role. Without a guild cache the member is
 * the raw API object (roles: string[]); with one it is a GuildMember. In DMs there is no member,
 * so nobody moderates from a DM.
 */
export function isDiscordModerator(member: GuildMember | APIInteractionGuildMember | null, moderatorRoleId: string | null): boolean {
  if (!member || !moderatorRoleId) return false;
  if (member instanceof GuildMember) return member.roles.cache.has(moderatorRoleId);
  return Array.isArray(member.roles) && member.roles.includes(moderatorRoleId);
}
