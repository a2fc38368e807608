import { describe, expect, it } from 'vitest';
import { describeStaleEdit } from '../../../../src/bots/slack/describe-stale-edit.js';
import type { DraftVersion } from '../../../../src/core/moderation/draft.js';
import { aDraftFields } from '../../../helpers/draft-builder.js';

const version = (n: number, name: string): DraftVersion => ({
  draftId: 7, version: n, at: '2026-11-23T10:00:00.000Z', actor: { platform: 'slack', id: `U${n}`, name }, fields: aDraftFields(), change: 'name changed',
});

describe('describeStaleEdit', () => {
  it('names everyone who edited since the form was filled, once each', () => {
    const text = describeStaleEdit(7, 1, [version(1, 'Intake'), version(2, 'Alice'), version(3, 'Bob'), version(4, 'Alice')]);
    expect(text).toMatch(/^Draft 7 was edited by Alice, Bob while this form was open\. Nothing was saved/);
  });

  it('asks to reopen a form that does not say which version it shows', () => {
    expect(describeStaleEdit(7, null, [version(1, 'Intake')])).toMatch(/does not say which version of draft 7.*press Edit/);
  });
});
