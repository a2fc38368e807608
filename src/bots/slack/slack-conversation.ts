/**
 * The conversation a Slack message belongs to: its thread (`channel:thread_ts`), the asker's own
 * in the channel for what only they see (`channel:user`: /norms, whose answers are ephemeral, so
 * one member's question never shows in another's "Read as"), or the channel itself (a DM). The same
 * key is read back from a button's click, so a 👍 rates an answer of the conversation it sits in.
 */
export function slackConversation(at: { channel: string; threadTs?: string | undefined; privateTo?: string | undefined }): string {
  if (at.threadTs) return `${at.channel}:${at.threadTs}`;
  return at.privateTo ? `${at.channel}:${at.privateTo}` : at.channel;
}
