import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listImports, sourceFiles, srcDir } from '../helpers/list-imports.js';

const botsDir = path.join(srcDir, 'bots');

describe('src/bots boundary', () => {
  it('reaches the store only through the ports core defines: no import from src/store or src/intake', () => {
    const offenders = sourceFiles(botsDir).flatMap((file) =>
      listImports(file)
        .filter(({ resolved }) => resolved.startsWith(path.join(srcDir, 'store')) || resolved.startsWith(path.join(srcDir, 'intake')))
        .map(({ spec }) => `${path.relative(srcDir, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('has no platform in the shared desk: bots/desk imports neither Slack nor Discord', () => {
    const offenders = sourceFiles(path.join(botsDir, 'desk')).flatMap((file) =>
      listImports(file)
        .filter(({ spec, resolved }) => /@slack|discord/.test(spec) || resolved.startsWith(path.join(botsDir, 'slack')) || resolved.startsWith(path.join(botsDir, 'discord')))
        .map(({ spec }) => `${path.relative(srcDir, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});

/** Files one platform has and the other need not: each listed with why. */
const ONLY_ONE_PLATFORM: Record<string, string> = {
  'slack/listeners/handle-app-home.ts': 'Slack has an App Home; Discord has none',
  'slack/listeners/build-home-reply.ts': 'the App Home reply',
  'discord/listeners/handle-desk-command.ts': 'Discord moderates through /desk; Slack through the same words typed to /norms',
  'discord/listeners/handle-page-button.ts': 'Discord pages long answers; Slack shows them whole',
  'discord/modals/build-norms-modal.ts': "Discord modals hold five inputs, so a draft's norms have their own form",
  'slack/render/render-chart-text.ts': 'Slack draws charts as text blocks; Discord in its block renderer',
  'slack/render/render-table-text.ts': 'the same, for tables',
  'slack/render/sanitize-plain-text.ts': 'Slack plain_text objects need their own escaping',
  'slack/render/slack-block-schema.ts': 'Block Kit schema; Discord keeps its schemas in its limits table',
  'slack/render/truncate-text.ts': 'Discord keeps truncation in split-text.ts',
  'discord/render/render-discord-blocks.ts': 'embed parts before paging',
  'discord/render/discord-custom-id.ts': 'Slack carries ids in action_id and value',
  'discord/render/to-rest-message.ts': 'REST bodies for the card channel',
};

const relativeFiles = (platform: string, folder: string) =>
  fs.existsSync(path.join(botsDir, platform, folder)) ? fs.readdirSync(path.join(botsDir, platform, folder)).map((f) => `${platform}/${folder}/${f}`) : [];

describe('twin adapters', () => {
  it.each(['listeners', 'modals', 'render'])('give their %s the same file names, the platform name aside', (folder) => {
    const twin = (file: string) => file.replace(/^slack\//, 'discord/').replace(/slack/g, 'discord');
    const slack = relativeFiles('slack', folder).filter((f) => !(f in ONLY_ONE_PLATFORM)).map(twin).sort();
    const discord = relativeFiles('discord', folder).filter((f) => !(f in ONLY_ONE_PLATFORM)).sort();
    expect(slack.length).toBeGreaterThan(2);
    expect(slack).toEqual(discord);
  });
});
