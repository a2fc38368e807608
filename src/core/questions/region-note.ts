import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Block, Evidence, Reply } from '../reply/reply.js';
import type { AgreementFilters } from './agreement-filters.js';
import { normalizeText } from '../text/normalize-text.js';
import { withParagraphUnderHeading } from './make-reply.js';
import type { RegionMatch } from './reading/read-region.js';
import { BY_NAME, REGIONS, type RegionalBody } from './regions.js';
import { renderReplyText } from './render-reply-text.js';

/**
 * A reply to a question asked by region, saying how the region was read (its bodies, with the pages
 * that make them the region's) and, on each agreement listed without evidence, who convened it and
 * why that body is the region's. A region with no agreement, or no body on record, is said so, with
 * how to ask by body instead.
 */
export function withRegionNote(reply: Reply, catalog: CatalogSnapshot, maintainer: AgreementFilters['maintainer']): Reply {
  const match = maintainer?.region;
  if (!match || match.body) return reply;
  const blocks = reply.blocks.map((b) => (b.type === 'list' ? { ...b, items: b.items.map((item) => (item.evidence?.length ? item : withConvenerEvidence(item, catalog, match))) } : b));
  return withParagraphUnderHeading({ ...reply, blocks, text: renderReplyText(blocks) }, regionParagraph(match));
}

function regionParagraph(match: RegionMatch): string {
  const { region, bodies } = match;
  const askByBody = `ask by the body that convened an agreement, as in ${bodyExamples(region.name)}`;
  if (bodies.length === 0) return `The catalog records who convened each agreement, not a region, and I have no regional body on record for ${region.name} to read it by: ${askByBody}.`;
  const names = bodies.map(({ body }) => nameOf(body));
  const sources = [...new Set(bodies.map(({ body }) => body.source).filter((s) => s !== BY_NAME))];
  const read = `The catalog records who convened each agreement, not a region: I read ${region.name} as its regional bodies, ${names.join(', ')}${sources.length > 0 ? ` (as read at ${sources.join('; ')})` : ''}.`;
  const found = bodies.filter((b) => b.ids.length > 0);
  const caveat = region.caveat ? ` ${region.caveat}` : '';
  if (found.length === 0) return `${read} None of them convened an agreement in the catalog; ${askByBody}.${caveat}`;
  return `${read} Of them, ${found.map(({ body }) => body.acronym ?? body.name).join(', ')} convened agreements in the catalog.${caveat}`;
}

function withConvenerEvidence(item: Extract<Block, { type: 'list' }>['items'][number], catalog: CatalogSnapshot, match: RegionMatch) {
  const agreement = item.ref ? catalog.agreementById.get(Number(item.ref.id)) : undefined;
  // of two bodies in one field ("ASEAN Regional Forum"), the one it names in full
  const field = ` ${normalizeText(agreement?.maintainer ?? '')} `;
  const bodies = agreement ? match.bodies.filter((b) => b.ids.includes(agreement.id)).map((b) => b.body) : [];
  const body = bodies.find((b) => field.includes(` ${normalizeText(b.name)} `)) ?? bodies[0];
  if (!agreement || !body) return item;
  return { ...item, evidence: convenerEvidence(agreement, body, match.region.name) };
}

function convenerEvidence(a: Agreement, body: RegionalBody, region: string): Evidence[] {
  const factsSource = a.factsSources[0] ?? a.url;
  const convener: Evidence = { quote: `convened or maintained by ${a.maintainer}`, source: factsSource, status: factsSource ? 'sourced' : 'unverified', kind: 'note' };
  if (body.source === BY_NAME) return [convener];
  return [convener, { quote: `${nameOf(body)} is ${body.evidence} (${region})`, source: body.source, status: 'sourced', kind: 'note' }];
}

function nameOf(body: RegionalBody): string {
  return body.acronym ? `${body.name} (${body.acronym})` : body.name;
}

/** Two bodies of other regions, by acronym, as questions a member can copy. */
function bodyExamples(regionName: string): string {
  const others = REGIONS.filter((r) => r.name !== regionName).flatMap((r) => r.bodies.slice(0, 1)).filter((b) => b.acronym);
  return others.slice(0, 2).map((b) => `"what has the ${b.acronym} agreed?"`).join(' or ');
}
