#!/usr/bin/env node
// The built CLI, bundled (scripts/bundle.mjs); `npm install` builds it (the "prepare" script).
import '../dist/bundle/cli.js';
