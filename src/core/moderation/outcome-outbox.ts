/** An outcome mail to a contributor; queued in the decision's transaction, sent by the intake outbox. */
export interface OutcomeMail {
  /** "outcome:<draftId>": one outcome mail per draft, unless an undo withdrew it */
  dedupeKey: string;
  /** a reply to the mail belongs to this contribution */
  contributionId?: number;
  to: string;
  subject: string;
  body: string;
  headers: Record<string, string>;
}

export interface OutcomeOutbox {
  /**
   * false when a mail with the same key was already queued. `holdUntil`: not sent before then, so
   * a decision undone within its window never reaches the contributor.
   */
  enqueue(mail: OutcomeMail, options?: { holdUntil?: string }): Promise<boolean>;
  /** drops a queued mail that was not sent yet; false when there was none (or it went out) */
  withdraw(dedupeKey: string): Promise<boolean>;
}
