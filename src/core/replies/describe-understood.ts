import type { Understood } from './thread-entry.js';

/** What a reply was understood to say, for moderators: one line per thing (the card, `normbot show`). */
export function describeUnderstood(u: Understood): string {
  const draft = u.draftId ? `draft ${u.draftId}` : 'a draft';
  const change = u.change ? ` (${u.change})` : '';
  switch (u.kind) {
    case 'correction':
      return `correction proposed for ${draft}${change}`;
    case 'correction-to-decided':
      return `correction of ${draft}, already decided${u.agreementId ? ` (catalog agreement ${u.agreementId})` : ''}${change}: needs a look`;
    case 'correction-unmatched':
      return `correction that names none of the drafts${change}: needs a look`;
    case 'addition':
      return `another agreement added: ${draft}${u.name ? ` "${u.name}"` : ''}`;
    case 'withdrawal':
      if (u.draftId === null) return 'withdrawal asked: nothing was pending';
      return u.change === 'withdrawn' ? `withdrawal: ${draft} withdrawn` : `withdrawal asked: ${draft} is already in the catalog${u.agreementId ? ` (agreement ${u.agreementId})` : ''} and keeps its facts`;
    case 'anonymity':
      return 'asked not to be named: the contribution is anonymous now, decided drafts and catalog included';
    case 'unread':
      return 'nothing intake can act on: a moderator should read it';
    case 'quote-only':
      return 'only quoted earlier mail: nothing changed';
    case 'automatic':
      return 'an automatic reply: ignored';
    case 'not-from-contributor':
      return "sent from another address than the contribution's: nothing done, a moderator should read it";
  }
}
