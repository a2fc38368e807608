/** The text inputs of each modal, by custom id: what a submission is read by. */
export const EDIT_INPUTS = ['name', 'launchYear', 'parties', 'signatories', 'maintainer'] as const;
export type EditInput = (typeof EDIT_INPUTS)[number];

export const NORMS_INPUTS = ['elements', 'gge'] as const;

/** Reject and Dismiss both ask for a reason. */
export const REASON_INPUT = 'reason';
