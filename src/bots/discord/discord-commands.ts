import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType, PermissionFlagsBits, type RESTPutAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';

export const NORMS_COMMAND = 'norms';
export const DESK_COMMAND = 'desk';

/** Option limits: a question as long as a chat message, names as long as a choice value. */
const QUESTION_MAX = 500;

/**
 * The bot's slash commands, defined once: `discord:register` PUTs exactly this (after checking it
 * against Discord's limits) and the interaction handlers dispatch on the same names. Members ask
 * with /norms; moderators work with /desk, which Discord shows only to members who may manage
 * messages (default_member_permissions; server admins can change who sees it). The bot still
 * checks the moderator role on every use.
 * https://discord.com/developers/docs/interactions/application-commands#permissions
 */
export const DISCORD_COMMANDS: RESTPutAPIApplicationCommandsJSONBody = [
  {
    name: NORMS_COMMAND,
    type: ApplicationCommandType.ChatInput,
    description: 'Cybersecurity norms agreements: ask and look up',
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'ask',
        description: 'Ask a question about the catalog of norms agreements',
        options: [{ type: ApplicationCommandOptionType.String, name: 'question', description: 'Your question', required: true, max_length: QUESTION_MAX }],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'agreement',
        description: 'Show one agreement of the catalog',
        options: [{ type: ApplicationCommandOptionType.String, name: 'name', description: 'Agreement name', required: true, autocomplete: true, max_length: 100 }],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'element',
        description: 'Show a norm element and the agreements that cover it',
        options: [{ type: ApplicationCommandOptionType.String, name: 'name', description: 'Norm element', required: true, autocomplete: true, max_length: 100 }],
      },
    ],
  },
  {
    name: DESK_COMMAND,
    type: ApplicationCommandType.ChatInput,
    description: 'The moderation desk: drafts, the digest, mails that need a look, the export (moderators)',
    contexts: [InteractionContextType.Guild],
    default_member_permissions: PermissionFlagsBits.ManageMessages.toString(),
    options: [
      { type: ApplicationCommandOptionType.Subcommand, name: 'drafts', description: 'Drafts waiting for a decision, oldest first' },
      { type: ApplicationCommandOptionType.Subcommand, name: 'digest', description: 'Pending drafts and mails that need a look, with their age' },
      { type: ApplicationCommandOptionType.Subcommand, name: 'unsorted', description: 'Mails that became no draft and need a look' },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'merge',
        description: 'Merge a draft into an agreement found anywhere in the catalog',
        options: [
          { type: ApplicationCommandOptionType.Integer, name: 'draft', description: 'The draft number', required: true, min_value: 1 },
          { type: ApplicationCommandOptionType.String, name: 'agreement', description: 'Type to search the catalog', required: true, autocomplete: true, max_length: 100 },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'export',
        description: 'The catalog and its coverage matrix as a file, sent only to you',
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: 'format',
            description: 'File format (XLSX if not chosen)',
            choices: [
              { name: 'XLSX (spreadsheet)', value: 'xlsx' },
              { name: 'CSV', value: 'csv' },
              { name: 'JSON', value: 'json' },
            ],
          },
          { type: ApplicationCommandOptionType.String, name: 'since', description: 'Only agreements added or changed since this day (YYYY-MM-DD)', min_length: 10, max_length: 10 },
        ],
      },
    ],
  },
];
