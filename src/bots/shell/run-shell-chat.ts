import readline from 'node:readline';
import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import { handleChatMessage } from '../../core/chat/handle-chat-message.js';
import type { ConversationStore } from '../../core/conversation/conversation-store.js';
import { createMemoryConversationStore } from '../../core/conversation/create-memory-conversation-store.js';
import type { FeedbackStore } from '../../core/feedback/feedback.js';
import type { Actor } from '../../core/moderation/draft.js';
import type { Moderation } from '../../core/moderation/moderation-port.js';
import { formatError } from '../../errors.js';
import { renderTerminal, type TerminalOptions } from './render-terminal.js';

export interface ShellChatDeps {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** a person at a terminal: greet and prompt; piped input gets answers only */
  interactive: boolean;
  /** called per message, so approvals made meanwhile are seen */
  loadCatalog: () => Promise<CatalogSnapshot>;
  moderation: Moderation | null;
  actor: Actor;
  now: () => Date;
  render: TerminalOptions;
  /** where "that's wrong" typed after an answer is kept; null: not stored */
  feedback: FeedbackStore | null;
  /** the address not-in-catalog answers give for proposing an agreement (config) */
  contributionAddress?: string;
}

const GREETING =
  'normbot: ask me about cybersecurity norms agreements, e.g. "which agreements cover critical infrastructure?".\n' +
  'Type "help" for questions and moderation commands, "exit" to leave.\n';

/**
 * The terminal chat (Hubot's shell adapter is the model): one line in, one reply out, through the
 * same handleChatMessage as Slack and Discord. The session is one conversation: a line can follow
 * up on the answer before ("only since 2018") or rate it ("that's wrong"). Ends on exit/quit or at
 * the end of input.
 */
export async function runShellChat(deps: ShellChatDeps): Promise<void> {
  const session: ShellSession = { key: `terminal:${deps.actor.id}:${deps.now().toISOString()}`, conversations: createMemoryConversationStore() };
  const rl = readline.createInterface({ input: deps.input, ...(deps.interactive ? { output: deps.output, terminal: true } : { terminal: false }) });
  const write = (text: string) => deps.output.write(text);
  if (deps.interactive) {
    write(GREETING);
    rl.setPrompt('> ');
    rl.prompt();
  }
  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (/^(exit|quit)$/i.test(line)) break;
      // a blank line between replies, so one answer ends visibly before the next
      if (line) write(`${await answerLine(line, deps, session)}\n`);
      if (deps.interactive) rl.prompt();
    }
  } finally {
    rl.close();
  }
}

interface ShellSession {
  key: string;
  conversations: ConversationStore;
}

async function answerLine(text: string, deps: ShellChatDeps, session: ShellSession): Promise<string> {
  try {
    const { reply } = await handleChatMessage(
      { text, actor: deps.actor, isModerator: true, conversation: session.key },
      {
        catalog: await deps.loadCatalog(),
        now: deps.now(),
        moderation: deps.moderation,
        conversations: session.conversations,
        feedback: deps.feedback,
        ...(deps.contributionAddress ? { contributionAddress: deps.contributionAddress } : {}),
      },
    );
    return renderTerminal(reply, deps.render);
  } catch (error) {
    // One bad line must not end the session; the operator sees why, without a stack trace.
    return `Sorry, that failed: ${formatError(error)}\n`;
  }
}
