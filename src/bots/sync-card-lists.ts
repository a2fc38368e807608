export interface CardLists {
  /** pending drafts without a card yet */
  unposted: readonly number[];
  /** drafts whose card shows an older version than the store */
  stale: readonly number[];
  /** posts the card; true when a card was posted */
  post: (draftId: number) => Promise<boolean>;
  /** re-renders the card; true when it was updated */
  refresh: (draftId: number) => Promise<boolean>;
}

/** Posts the unposted cards, then refreshes the stale ones, one at a time; returns the counts. */
export async function syncCardLists(lists: CardLists): Promise<{ posted: number; updated: number }> {
  let posted = 0;
  let updated = 0;
  for (const id of lists.unposted) if (await lists.post(id)) posted += 1;
  for (const id of lists.stale) if (await lists.refresh(id)) updated += 1;
  return { posted, updated };
}
