import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  InteractionType,
  MessageFlags,
  Locale,
  type APIApplicationCommandAutocompleteInteraction,
  type APIChatInputApplicationCommandInteraction,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIMessageComponentSelectMenuInteraction,
  type APIModalSubmitInteraction,
} from 'discord-api-types/v10';
import { aDiscordMessage } from '../../helpers/a-discord-message.js';

/** Fake ids in Discord's shape (snowflakes), as in TEST-RIG.md section 4. */
export const IDS = {
  app: '100000000000000001',
  bot: '100000000000000002',
  channel: '100000000000000003',
  /** a member's DM channel with the bot */
  dm: '100000000000000099',
  guild: '400000000000000001',
  moderatorRole: '700000000000000001',
  otherRole: '700000000000000002',
} as const;

export interface FakeUser {
  id: string;
  username: string;
  globalName: string;
  roles: string[];
}

export const MOD_ANNA: FakeUser = { id: '800000000000000001', username: 'anna', globalName: 'Anna Moderator', roles: [IDS.moderatorRole] };
export const MOD_BEN: FakeUser = { id: '800000000000000002', username: 'ben', globalName: 'Ben Moderator', roles: [IDS.otherRole, IDS.moderatorRole] };
export const MEMBER_CARL: FakeUser = { id: '800000000000000003', username: 'carl', globalName: 'Carl Member', roles: [IDS.otherRole] };

let seq = 0;

function base(user: FakeUser) {
  seq++;
  return {
    id: String(300000000000000000n + BigInt(seq)),
    application_id: IDS.app,
    token: `itoken${seq}`,
    version: 1 as const,
    guild_id: IDS.guild,
    channel_id: IDS.channel,
    channel: { id: IDS.channel, type: ChannelType.GuildText as const, name: 'moderators' },
    member: {
      user: { id: user.id, username: user.username, discriminator: '0', avatar: null, global_name: user.globalName },
      roles: user.roles,
      permissions: '0',
      joined_at: '2026-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: '0',
    locale: Locale.EnglishUS,
    guild_locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: {},
    context: 0 as const,
    attachment_size_limit: 8_388_608,
  };
}

/** A message as Discord includes it in a component interaction (the message the button is on). */
export function messageOf(id: string, content = ''): APIMessage {
  return aDiscordMessage({ id, channel_id: IDS.channel, author: { id: IDS.bot, username: 'normbot', discriminator: '0', avatar: null, bot: true, global_name: null }, content });
}

/** /desk <sub> with its options (numbers become INTEGER options). */
export function slashDesk(user: FakeUser, sub: string, options: Record<string, string | number> = {}): APIChatInputApplicationCommandInteraction {
  return slashCommand(user, 'desk', sub, options);
}

export function autocompleteDesk(user: FakeUser, typed: string, draft = 1): APIApplicationCommandAutocompleteInteraction {
  return {
    ...base(user),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: '500000000000000002',
      name: 'desk',
      type: ApplicationCommandType.ChatInput,
      options: [
        {
          type: ApplicationCommandOptionType.Subcommand,
          name: 'merge',
          options: [
            { type: ApplicationCommandOptionType.Integer, name: 'draft', value: draft } as never,
            { type: ApplicationCommandOptionType.String, name: 'agreement', value: typed, focused: true },
          ],
        },
      ],
    },
  };
}

export function slashNorms(user: FakeUser, sub: string, options: Record<string, string> = {}): APIChatInputApplicationCommandInteraction {
  return slashCommand(user, 'norms', sub, options);
}

function slashCommand(user: FakeUser, name: string, sub: string, options: Record<string, string | number>): APIChatInputApplicationCommandInteraction {
  return {
    ...base(user),
    type: InteractionType.ApplicationCommand,
    data: {
      id: name === 'norms' ? '500000000000000001' : '500000000000000002',
      name,
      type: ApplicationCommandType.ChatInput,
      options: [
        {
          type: ApplicationCommandOptionType.Subcommand,
          name: sub,
          options: Object.entries(options).map(([option, value]) =>
            typeof value === 'number' ? { type: ApplicationCommandOptionType.Integer, name: option, value } : { type: ApplicationCommandOptionType.String, name: option, value },
          ),
        },
      ],
    },
  };
}

export function autocompleteNorms(user: FakeUser, sub: string, option: string, typed: string): APIApplicationCommandAutocompleteInteraction {
  return {
    ...base(user),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: '500000000000000001',
      name: 'norms',
      type: ApplicationCommandType.ChatInput,
      options: [{ type: ApplicationCommandOptionType.Subcommand, name: sub, options: [{ type: ApplicationCommandOptionType.String, name: option, value: typed, focused: true }] }],
    },
  };
}

export function button(user: FakeUser, customId: string, messageId: string): APIMessageComponentButtonInteraction {
  return { ...base(user), type: InteractionType.MessageComponent, message: messageOf(messageId), data: { custom_id: customId, component_type: ComponentType.Button } };
}

export function stringSelect(user: FakeUser, customId: string, values: string[], messageId: string): APIMessageComponentSelectMenuInteraction {
  return {
    ...base(user),
    type: InteractionType.MessageComponent,
    message: { ...messageOf(messageId), flags: MessageFlags.Ephemeral },
    data: { custom_id: customId, component_type: ComponentType.StringSelect, values },
  };
}

/** A modal submitted from a message's button: Discord then includes that message. */
export function modalSubmit(user: FakeUser, customId: string, fields: Record<string, string>, messageId: string): APIModalSubmitInteraction {
  return {
    ...base(user),
    type: InteractionType.ModalSubmit,
    message: messageOf(messageId),
    data: {
      custom_id: customId,
      components: Object.entries(fields).map(([id, value]) => ({
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.TextInput, custom_id: id, value }],
      })),
    },
  };
}

/** A MESSAGE_CREATE from a person: in the guild's channel (with their roles), or in a DM with the bot (IDS.dm). */
export function messageCreate(author: FakeUser & { bot?: boolean }, content: string, guild: boolean) {
  return {
    ...aDiscordMessage({
      id: String(900000000000000000n + BigInt(++seq)),
      channel_id: guild ? IDS.channel : IDS.dm,
      author: { id: author.id, username: author.username, discriminator: '0', avatar: null, global_name: author.globalName, ...(author.bot ? { bot: true } : {}) },
      content,
    }),
    ...(guild ? { guild_id: IDS.guild, member: { roles: author.roles, joined_at: '2026-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 } } : { channel_type: ChannelType.DM }),
  };
}

