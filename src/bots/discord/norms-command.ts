import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType, type RESTPutAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';

export const NORMS_COMMAND = 'norms';

/** Option limits: a question as long as a chat message, names as long as a choice value. */
const QUESTION_MAX = 500;

/**
 * The bot's slash commands, defined once: `discord:register` PUTs exactly this, and the
 * interaction handler dispatches on the same names.
 * https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 */
export const DISCORD_COMMANDS: RESTPutAPIApplicationCommandsJSONBody = [
  {
    name: NORMS_COMMAND,
    type: ApplicationCommandType.ChatInput,
    description: 'Cybersecurity norms agreements: ask, look up, moderate',
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
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'drafts',
        description: 'List drafts waiting for moderation (moderators only)',
      },
    ],
  },
];
