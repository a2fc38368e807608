import { TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import { buildCustomId, type CustomIdVerb } from '../render/discord-custom-id.js';
import { DISCORD_LIMITS, ModalSchema } from '../render/discord-limits.js';
import { truncateText } from '../render/split-text.js';

export interface TextInput {
  id: string;
  label: string;
  style: TextInputStyle;
  required: boolean;
  value?: string;
  minLength?: number;
  maxLength?: number;
}

/**
 * A modal checked against Discord's limits (five text inputs at most). The custom id carries what
 * the form is about: the draft and the version it was filled from, or the queue item.
 */
export function buildModal(verb: CustomIdVerb, args: string[], title: string, inputs: readonly TextInput[]): APIModalInteractionResponseCallbackData {
  const modal: APIModalInteractionResponseCallbackData = {
    custom_id: buildCustomId(verb, ...args),
    title: truncateText(title, DISCORD_LIMITS.modalTitle),
    components: inputs.map((input) => ({
      type: 1,
      components: [
        {
          type: 4,
          custom_id: input.id,
          label: input.label,
          style: input.style,
          required: input.required,
          ...(input.minLength !== undefined ? { min_length: input.minLength } : {}),
          max_length: input.maxLength ?? DISCORD_LIMITS.textInputValue,
          ...(input.value ? { value: truncateText(input.value, DISCORD_LIMITS.textInputValue) } : {}),
        },
      ],
    })),
  };
  ModalSchema.parse(modal);
  return modal;
}
