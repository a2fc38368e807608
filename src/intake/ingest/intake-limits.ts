/**
 * Named limits on untrusted mail (in the spirit of mailparser's MAX_LINKIFY_WORK).
 * A contribution with a few Word/PDF attachments is well under 10 MB; common providers cap mail at 25 MB.
 */
export const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;
/** How much of an oversized message is kept (its headers, for a moderator to see who sent it). */
export const OVERSIZED_KEPT_BYTES = 64 * 1024;
/** Processing attempts before a message whose processing keeps crashing is marked failed. */
export const MAX_PROCESSING_ATTEMPTS = 3;
