import { describe, expect, it } from 'vitest';
import { ANONYMOUS_LABEL, UNNAMED_AGREEMENT, buildDrafts } from '../../../../src/core/contribution/build-drafts.js';
import { DraftFieldsSchema } from '../../../../src/core/moderation/draft.js';
import { aParsedMessage, anAgreement } from '../../intake/ingest/a-parsed-message.js';

describe('buildDrafts', () => {
  it('builds one draft per agreement in the order of the mail', () => {
    const drafts = buildDrafts(aParsedMessage({ agreements: [anAgreement({ name: 'First' }), anAgreement({ name: 'Second' })] }));
    expect(drafts.map((d) => [d.index, d.fields.name])).toEqual([
      [0, 'First'],
      [1, 'Second'],
    ]);
  });

  it('copies the fields, the evidence without values, and the catalog match', () => {
    const [draft] = buildDrafts(aParsedMessage());
    expect(DraftFieldsSchema.parse(draft!.fields)).toMatchObject({ launchYear: 2018, maintainer: 'French Ministry for Europe and Foreign Affairs' });
    expect(draft!.evidence.launchYear).toEqual({ snippet: 'Date of launch: November 2018', confidence: 0.9 });
    expect(draft!.catalogMatch?.agreementId).toBe(3);
  });

  it('labels the contributor with name and affiliation, never the e-mail', () => {
    const [draft] = buildDrafts(aParsedMessage());
    expect(draft!.contributorLabel).toBe('Ada Lovelace, Analytical Engines Ltd');
    expect(draft!.contributorLabel).not.toContain('@');
  });

  it('labels an anonymous contributor "Anonymous contributor"', () => {
    const parsed = aParsedMessage({ contributor: { name: 'Ada', affiliation: 'X', email: 'ada@example.test', country: null, anonymous: true } });
    expect(buildDrafts(parsed)[0]!.contributorLabel).toBe(ANONYMOUS_LABEL);
  });

  it('drops a name field that holds an address from the label', () => {
    const parsed = aParsedMessage({ contributor: { name: 'ada@example.test', affiliation: null, email: null, country: null, anonymous: false } });
    expect(buildDrafts(parsed)[0]!.contributorLabel).toBe(ANONYMOUS_LABEL);
  });

  it('builds a draft for an agreement without a name, named so that a moderator must name it', () => {
    const drafts = buildDrafts(aParsedMessage({ agreements: [anAgreement({ name: '' }), anAgreement({ name: 'Second' })] }));
    expect(drafts.map((d) => [d.index, d.fields.name])).toEqual([
      [0, UNNAMED_AGREEMENT],
      [1, 'Second'],
    ]);
  });

  it('builds no draft for an auto-reply', () => {
    expect(buildDrafts(aParsedMessage({ kind: 'auto-reply' }))).toEqual([]);
  });
});
