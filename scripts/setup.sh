#!/usr/bin/env bash
# Installs whatever is missing, and nothing else:
#   - npm packages, when node_modules is absent or older than package-lock.json (npm ci);
#     this brings Node 24 (the `node` devDependency) into node_modules/.bin;
#   - with --browser: Debian's Chromium for the browser tests (apt-get, as root), or, when not
#     root, the exact command to run.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=0
[ "${1:-}" = "--browser" ] && want_browser=1

needs_npm=0
if [ ! -x node_modules/.bin/node ] || [ ! -f node_modules/.package-lock.json ]; then
  needs_npm=1
elif [ package-lock.json -nt node_modules/.package-lock.json ]; then
  needs_npm=1
fi
if [ "$needs_npm" = 1 ]; then
  echo "setup: installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
fi
if ! node_modules/.bin/node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 22 ? 0 : 1)'; then
  echo "setup: node_modules/.bin/node is not Node >= 22; delete node_modules and run again." >&2
  exit 1
fi

if [ "$want_browser" = 1 ]; then
  chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$chromium_path" ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "setup: installing Debian's Chromium (apt-get)…"
      export DEBIAN_FRONTEND=noninteractive
      if ! apt-cache show chromium >/dev/null 2>&1; then
        apt-get update -q
      fi
      if ! apt-get install -y -q chromium >/tmp/gepnet-apt.log 2>&1; then
        # The package lists may be stale: refresh once and try again.
        apt-get update -q && apt-get install -y -q chromium >>/tmp/gepnet-apt.log 2>&1 || {
          echo "setup: apt-get could not install chromium; see /tmp/gepnet-apt.log" >&2
          exit 1
        }
      fi
    else
      echo "setup: Chromium is missing at $chromium_path. Install Debian's package, then run npm test again:" >&2
      echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
      exit 1
    fi
  fi
fi
