#!/usr/bin/env bash
# npm start: install what is missing, build the static site, and serve it on http://localhost:4321.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
echo "start: building the site…"
astro build
echo "start: the site is at http://localhost:4321/"
PORT="${PORT:-4321}" exec node scripts/serve-dist.mjs
