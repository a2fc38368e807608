import { describe, expect, it } from 'vitest';
import { AgreementSchema } from '../../../src/core/catalog/agreement.js';
import { agreementFromDraft, slugify } from '../../../src/core/moderation/agreement-from-draft.js';
import { aDraft, aDraftFields } from '../../helpers/draft-builder.js';

const at = '2026-11-23T10:00:00.000Z';

describe('agreementFromDraft', () => {
  it('builds a valid catalog agreement', () => {
    expect(AgreementSchema.safeParse({ id: 1, ...agreementFromDraft(aDraft(), at) }).success).toBe(true);
  });

  it('cites the contribution and draft as provenance', () => {
    expect(agreementFromDraft(aDraft({ id: 7, contributionId: 3 }), at).provenance).toEqual({ kind: 'contribution', ref: 'contribution:3/draft:7', at });
  });

  it('skips suggested elements that are not element ids', () => {
    const fields = aDraftFields({ normElements: [{ id: 'x', name: 'x', sentence: '' }, { id: '5.3', name: 'y', sentence: 's' }] });
    expect(agreementFromDraft(aDraft({ fields }), at).coverage.map((c) => c.element)).toEqual(['5.3']);
  });

  it('reads the kinds of party from the words used', () => {
    const fields = aDraftFields({ parties: 'technology companies', signatories: [] });
    expect(agreementFromDraft(aDraft({ fields }), at).partiesKinds).toEqual(['industry']);
  });

  it('makes a slug from any name', () => {
    expect([slugify('Café Accord — 2021!'), slugify('???')]).toEqual(['cafe-accord-2021', 'contributed-agreement']);
  });
});
