#!/usr/bin/env -S node --max-semi-space-size=4
// The built CLI, bundled (scripts/bundle.mjs); `npm install` builds it (the "prepare" script).
// V8's young generation at 2 x 4 MB, as the bot's: `normbot ask` over 10,000 agreements peaks at
// about 107 MiB instead of 130, as fast (env -S: GNU coreutils 8.30+, BSD and macOS env).
import '../dist/bundle/cli.js';
