/**
 * The conversation a Slack message belongs to: its thread (`channel:thread_ts`), or the channel
 * itself for top-level messages (a DM, /norms). The same key is read back from a button's click,
 * so a 👍 rates an answer of the conversation the button sits in.
 */
export function slackConversation(channel: string, threadTs?: string): string {
  return threadTs ? `${channel}:${threadTs}` : channel;
}
