#!/bin/sh
# npm's "prepare" (runs on npm install / npm ci): build, then make `npx normbot` quick.
set -e
# `npx normbot` in a checkout links this folder into npm's npx cache and "prepares" it again:
# the checkout was built by npm install already, so there is nothing to do.
if [ "${npm_command:-}" = "exec" ]; then exit 0; fi
npm run build --silent
node scripts/warm-npx-cache.mjs
