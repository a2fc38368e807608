import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { parseChatCommand } from '../../../src/core/chat/parse-chat-command.js';
import { parseFieldAssignments } from '../../../src/core/chat/parse-field-assignments.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

/** Every form a moderator may type, and what it must read as: one table, so a changed rule shows. */
const CASES: Array<[string, ReturnType<typeof parseChatCommand>]> = [
  ['drafts', { verb: 'drafts', status: 'pending' }],
  ['queue', { verb: 'drafts', status: 'pending' }],
  ['drafts ALL', { verb: 'drafts', status: 'all' }],
  ['drafts merged', { verb: 'drafts', status: 'merged' }],
  ['drafts soon', { verb: 'invalid', message: 'Usage: drafts [pending|approved|rejected|merged|all]' }],
  ['digest', { verb: 'digest' }],
  ['digest please', null],
  ['help', { verb: 'help' }],
  ['/help me', { verb: 'help' }],
  ['help me find norms', null],
  ['show 12', { verb: 'show', draftId: 12 }],
  ['show me agreements on 2.1', null],
  ['show 12 now', null],
  ['  approve   #12  ', { verb: 'approve', draftId: 12 }],
  ['approve', { verb: 'invalid', message: 'Usage: approve N (N is the draft number, see "drafts").' }],
  ['approve 0', { verb: 'invalid', message: 'Usage: approve N (N is the draft number, see "drafts").' }],
  ['approve 12 now', { verb: 'invalid', message: 'Usage: approve N' }],
  ['undo 4', { verb: 'undo', draftId: 4 }],
  ['claim 4', { verb: 'claim', draftId: 4 }],
  ['history 4', { verb: 'history', draftId: 4 }],
  ['history of the Paris Call', { verb: 'invalid', message: 'Usage: history N (N is the draft number, see "drafts").' }],
  ['release 4', { verb: 'release', draftId: 4, override: false }],
  ['release 4 OVERRIDE', { verb: 'release', draftId: 4, override: true }],
  ['release 4 please', { verb: 'invalid', message: 'Usage: release N [override]' }],
  ['reject 4', { verb: 'invalid', message: 'Usage: reject N <reason>: the contributor is told the reason.' }],
  ['merge 4', { verb: 'invalid', message: 'Usage: merge N <agreement name or id>' }],
  ['merge 4 #22', { verb: 'merge', draftId: 4, target: '#22' }],
  ['edit 4', { verb: 'invalid', message: 'Usage: edit N field=value; fields: name, year, parties, signatories, maintainer, elements, gge.' }],
  ['confirm 3 2.1', { verb: 'confirm', agreementId: 3, elementId: '2.1', source: null }],
  ['confirm #3 6.12 https://example.org/x', { verb: 'confirm', agreementId: 3, elementId: '6.12', source: 'https://example.org/x' }],
  ['confirm 3 7.1', { verb: 'invalid', message: 'Usage: confirm <agreement id> <element id> [source address]' }],
  ['confirm 3 2.1 a b', { verb: 'invalid', message: 'Usage: confirm <agreement id> <element id> [source address]' }],
  ['/frobnicate', { verb: 'unknown', message: 'There is no command "frobnicate".' }],
  ['frobnicate', null],
  ['which agreements cover 2.1?', null],
  ['', null],
  ['12 approve', null],
];

describe('parseChatCommand, the whole table', () => {
  it.each(CASES)('reads %j', (input, expected) => {
    expect(parseChatCommand(input)).toEqual(expected);
  });
});

describe('parseFieldAssignments, the edges', () => {
  let catalog: CatalogSnapshot;
  beforeAll(async () => {
    catalog = await loadCatalog();
  });

  it('refuses a name set to none, and text before the first field', () => {
    expect(parseFieldAssignments('name=none', catalog)).toEqual({ ok: false, message: 'A draft needs a name.' });
    expect(parseFieldAssignments('please name=X', catalog)).toEqual({ ok: false, message: 'Write field=value; the fields are name, year, parties, signatories, maintainer, elements, gge.' });
  });

  it('reads parties, clears them and the year, and reads field names in any case', () => {
    expect(parseFieldAssignments('PARTIES = states and companies Year=none', catalog)).toEqual({ ok: true, patch: { parties: 'states and companies', launchYear: null } });
    expect(parseFieldAssignments('parties=-', catalog)).toEqual({ ok: true, patch: { parties: null } });
  });

  it('keeps years between 1900 and 2100', () => {
    expect(parseFieldAssignments('year=1899', catalog)).toEqual({ ok: false, message: 'year must be a year such as 2018 (or "none"), not "1899".' });
    expect(parseFieldAssignments('year=2101', catalog)).toMatchObject({ ok: false });
    expect(parseFieldAssignments('year=1900', catalog)).toEqual({ ok: true, patch: { launchYear: 1900 } });
  });

  it('splits lists on commas and semicolons, drops empty entries, and empties a list with none', () => {
    expect(parseFieldAssignments('signatories=France; Kenya,, Chile ', catalog)).toEqual({ ok: true, patch: { signatories: ['France', 'Kenya', 'Chile'] } });
    expect(parseFieldAssignments('signatories=NONE', catalog)).toEqual({ ok: true, patch: { signatories: [] } });
    expect(parseFieldAssignments('elements=none', catalog)).toEqual({ ok: true, patch: { normElements: [] } });
  });

  it('names GGE norms from the catalog and refuses unknown ones', () => {
    const title = catalog.ggeNorms.find((g) => g.id === '13f')!.title;
    expect(parseFieldAssignments('gge=F', catalog)).toEqual({ ok: true, patch: { ggeNorms: [{ id: '13f', name: title, sentence: 'set by a moderator' }] } });
    expect(parseFieldAssignments('gge=13z, q', catalog)).toEqual({ ok: false, message: 'Unknown UN GGE norm 13z, q; use 13a to 13k.' });
  });

  it('names elements with the moderator as the source', () => {
    expect(parseFieldAssignments('elements=2.1', catalog)).toEqual({ ok: true, patch: { normElements: [{ id: '2.1', name: catalog.elementById.get('2.1')!.name, sentence: 'set by a moderator' }] } });
  });
});
