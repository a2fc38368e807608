/** callback_id of each draft modal, and the block ids of their inputs: what submissions are read by. */
export const DRAFT_MODALS = {
  edit: 'draft_edit',
  reject: 'draft_reject',
  merge: 'draft_merge',
} as const;

const EDIT_INPUTS = ['name', 'launchYear', 'parties', 'signatories', 'maintainer', 'normElements', 'ggeNorms'] as const;
export type EditInput = (typeof EDIT_INPUTS)[number];

/** Every input's element uses this action_id; the block_id says which field it is. */
export const INPUT_ACTION = 'value';
