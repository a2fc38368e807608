/**
 * Named limits on untrusted mail (in the spirit of mailparser's MAX_LINKIFY_WORK).
 * A contribution with a few Word/PDF attachments is well under 10 MB; common providers cap mail at 25 MB.
 */
export const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;
/** How much of an oversized message is kept (its headers, for a moderator to see who sent it). */
export const OVERSIZED_KEPT_BYTES = 64 * 1024;
/** Processing attempts ending in an error (the parser threw, the commit failed) before a message is failed. */
export const MAX_PROCESSING_ERRORS = 3;
/**
 * Processing starts the process did not survive (killed, out of memory) before a message is
 * failed: far above what random restarts do to one message, low enough to stop a poison message.
 */
export const MAX_INTERRUPTED_STARTS = 10;
