import { createRequire } from 'node:module';

/**
 * Preloaded into a spawned bot (`node --import .../use-local-slack-api.js dist/bundle/main.js`): points
 * every Slack Web API client that Bolt creates at BENCH_SLACK_API_URL, without retries, as tests do
 * through `testing.slackApiUrl`. The bot has no setting for it, and without it a bot started with
 * Slack tokens on a machine without network retries auth.test for half an hour.
 */
const requireFromBolt = createRequire(createRequire(import.meta.url).resolve('@slack/bolt'));
const webClientModule = requireFromBolt('@slack/web-api/dist/WebClient.js') as { WebClient: new (token?: string, options?: object) => object };
const Base = webClientModule.WebClient;
webClientModule.WebClient = class LocalWebClient extends Base {
  constructor(token?: string, options: object = {}) {
    super(token, { ...options, slackApiUrl: process.env.BENCH_SLACK_API_URL, retryConfig: { retries: 0 } });
  }
};
