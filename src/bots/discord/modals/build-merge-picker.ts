import type { Agreement } from '../../../core/catalog/agreement.js';
import type { CatalogSnapshot } from '../../../core/catalog/catalog-snapshot.js';
import { searchAgreements } from '../../../core/desk/search-catalog.js';
import type { Draft } from '../../../core/moderation/draft.js';
import { findAgreements } from '../../../core/text/find-agreements.js';
import { buildCustomId } from '../render/discord-custom-id.js';
import { DISCORD_LIMITS, DiscordMessageSchema } from '../render/discord-limits.js';
import { escapeDiscordText } from '../render/escape-discord-text.js';
import type { DiscordPage } from '../render/render-discord.js';
import { truncateText } from '../render/split-text.js';

/**
 * The agreements a draft is most likely merged into, best first: the intake's catalog match, then
 * agreements whose names match the draft's, then the catalog's first ones, up to Discord's 25
 * select options. Anything else is one `/desk merge` away (autocomplete over the whole catalog).
 */
export function mergeCandidates(draft: Draft, catalog: CatalogSnapshot): Agreement[] {
  const out = new Set<Agreement>();
  const add = (a: Agreement | undefined) => {
    if (a && out.size < DISCORD_LIMITS.selectOptions) out.add(a);
  };
  if (draft.catalogMatch) add(catalog.agreementById.get(draft.catalogMatch.agreementId));
  for (const m of findAgreements(draft.fields.name, catalog)) add(m.agreement);
  for (const a of searchAgreements(draft.fields.name, catalog, DISCORD_LIMITS.selectOptions)) add(a);
  for (const a of catalog.agreements) add(a);
  return [...out];
}

/** The private message the Merge button opens: the likely targets, and how to reach any other. */
export function buildMergePicker(draft: Draft, catalog: CatalogSnapshot): DiscordPage {
  const options = mergeCandidates(draft, catalog).map((a) => ({
    label: truncateText(a.name, DISCORD_LIMITS.selectOptionLabel),
    value: String(a.id),
    description: truncateText([`agreement ${a.id}`, a.year, a.maintainer].filter(Boolean).join(' \u00b7 '), DISCORD_LIMITS.selectOptionDescription),
  }));
  const page: DiscordPage = {
    content: `Merge draft ${draft.id} (${escapeDiscordText(truncateText(draft.fields.name, 150))}) into which catalog agreement? Likely ones first; for any other, use /desk merge draft:${draft.id} and type its name.`,
    embeds: [],
    components: [{ type: 1, components: [{ type: 3, custom_id: buildCustomId('merge-pick', String(draft.id)), placeholder: 'Choose the agreement', options }] }],
    allowedMentions: { parse: [] },
  };
  DiscordMessageSchema.parse(page);
  return page;
}
