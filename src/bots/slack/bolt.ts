import { createRequire } from 'node:module';

/**
 * The parts of Bolt the bot runs, from their own files rather than from '@slack/bolt': Bolt's index
 * also loads the Express and AWS Lambda receivers, the Assistant and all of @slack/types, about 120
 * files (~100 ms of start-up) the bot never uses. Bolt's version is pinned in package.json; tsc
 * checks these paths at each upgrade. Required, not imported: these CommonJS files' `default` is
 * module.exports under Node's import but exports.default under vitest's.
 */
const require = createRequire(import.meta.url);
const app = require('@slack/bolt/dist/App.js') as typeof import('@slack/bolt/dist/App.js');
const httpReceiver = require('@slack/bolt/dist/receivers/HTTPReceiver.js') as typeof import('@slack/bolt/dist/receivers/HTTPReceiver.js');
const socketModeReceiver = require('@slack/bolt/dist/receivers/SocketModeReceiver.js') as typeof import('@slack/bolt/dist/receivers/SocketModeReceiver.js');

export const App = app.default;
export const LogLevel = app.LogLevel;
export const HTTPReceiver = httpReceiver.default;
export const SocketModeReceiver = socketModeReceiver.default;
