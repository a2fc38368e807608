import { describe, expect, it } from 'vitest';
import { parseContributor } from '../../../../src/intake/parse/parse-contributor.js';

const field = (value: string) => ({ value, snippet: value, confidence: 1, source: 'questionnaire' as const });
const from = { name: 'Sender Name', address: 'sender@example.org' };

describe('parseContributor', () => {
  it('prefers the labelled name to the From header', () => {
    const r = parseContributor({ contributor: { 'contributor.name': field('Ana Silva') }, freeText: [] }, from);
    expect(r.contributor).toMatchObject({ name: 'Ana Silva', email: 'sender@example.org', anonymous: false });
  });

  it('falls back to the From name with a lower confidence', () => {
    const r = parseContributor({ contributor: {}, freeText: [] }, from);
    expect([r.contributor.name, r.evidence.name?.confidence]).toEqual(['Sender Name', 0.5]);
  });

  it.each([
    [{ 'contributor.name': field('Anonymous') }, []],
    [{ 'contributor.anonymous': field('yes') }, []],
    [{ 'contributor.name': field('Ana Silva') }, [{ text: 'Je souhaite rester anonyme.' }]],
  ])('marks the contributor anonymous and drops the name (%j, %j)', (contributor, freeText) => {
    const r = parseContributor({ contributor, freeText }, from);
    expect(r.contributor).toMatchObject({ anonymous: true, name: null });
  });

  it('does not read "Anonymous: no" as a request', () => {
    expect(parseContributor({ contributor: { 'contributor.anonymous': field('no') }, freeText: [] }, from).contributor.anonymous).toBe(false);
  });
});
