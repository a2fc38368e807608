/** An outcome mail to a contributor; queued in the decision's transaction, sent by the intake outbox. */
export interface OutcomeMail {
  /** "outcome:<draftId>": one outcome mail per draft, ever */
  dedupeKey: string;
  /** a reply to the mail belongs to this contribution */
  contributionId?: number;
  to: string;
  subject: string;
  body: string;
  headers: Record<string, string>;
}

export interface OutcomeOutbox {
  /** false when a mail with the same key was already queued */
  enqueue(mail: OutcomeMail): Promise<boolean>;
}
