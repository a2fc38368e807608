import type { Agreement } from '../../core/catalog/agreement.js';
import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Draft } from '../../core/moderation/draft.js';
import { findAgreements } from '../../core/text/find-agreements.js';
import { buildCustomId } from './discord-custom-id.js';
import { DISCORD_LIMITS, DiscordMessageSchema } from './discord-limits.js';
import { escapeDiscordText } from './escape-discord-text.js';
import type { DiscordPage } from './render-discord.js';
import { truncateText } from './split-text.js';

/**
 * The agreements a draft could be merged into, best first: the intake's catalog match, then
 * name matches, then the rest of the catalog, up to Discord's 25 select options.
 */
export function mergeCandidates(draft: Draft, catalog: CatalogSnapshot): Agreement[] {
  const out: Agreement[] = [];
  const add = (a: Agreement | undefined) => {
    if (a && !out.includes(a) && out.length < DISCORD_LIMITS.selectOptions) out.push(a);
  };
  if (draft.catalogMatch) add(catalog.agreementById.get(draft.catalogMatch.agreementId));
  for (const m of findAgreements(draft.fields.name, catalog)) add(m.agreement);
  for (const a of catalog.agreements) add(a);
  return out;
}

/** The ephemeral message with the select menu the Merge button opens. */
export function mergeSelectPage(draft: Draft, catalog: CatalogSnapshot): DiscordPage {
  const options = mergeCandidates(draft, catalog).map((a) => ({
    label: truncateText(a.name, DISCORD_LIMITS.selectOptionLabel),
    value: String(a.id),
    description: truncateText([`agreement ${a.id}`, a.year, a.maintainer].filter(Boolean).join(' \u00b7 '), DISCORD_LIMITS.selectOptionDescription),
  }));
  const page: DiscordPage = {
    content: `Merge draft ${draft.id} (${escapeDiscordText(truncateText(draft.fields.name, 150))}) into which catalog agreement? Best matches first.`,
    embeds: [],
    components: [
      { type: 1, components: [{ type: 3, custom_id: buildCustomId('merge-pick', String(draft.id)), placeholder: 'Choose the agreement', options }] },
    ],
    allowedMentions: { parse: [] },
  };
  DiscordMessageSchema.parse(page);
  return page;
}
