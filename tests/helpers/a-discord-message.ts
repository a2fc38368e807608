import type { APIMessage, APIUser } from 'discord-api-types/v10';

/** A message as Discord's API sends it, with the fields a test does not care about filled in. */
export function aDiscordMessage(m: { id: string; channel_id: string; author: APIUser; content?: string } & Partial<APIMessage>): APIMessage {
  return {
    type: 0,
    content: '',
    timestamp: '2026-11-23T10:00:00.000Z',
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    ...m,
  };
}
