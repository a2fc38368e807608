/** callback_id of each modal, and the ids their inputs are read by. */
export const FORMS = {
  edit: 'draft_edit',
  reject: 'draft_reject',
  merge: 'draft_merge',
  dismiss: 'unsorted_dismiss',
} as const;
export type FormId = (typeof FORMS)[keyof typeof FORMS];

export const EDIT_INPUTS = ['name', 'launchYear', 'parties', 'signatories', 'maintainer', 'normElements', 'ggeNorms'] as const;
export type EditInput = (typeof EDIT_INPUTS)[number];

/** Every input's element uses this action_id; the block_id says which field it is. */
export const INPUT_ACTION = 'value';

/** The merge target's external select: Slack asks the options handler for choices as the user types. */
export const MERGE_SEARCH_ACTION = 'merge_target';
