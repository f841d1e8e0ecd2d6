#!/usr/bin/env bash
# npm test: install what is missing (Chromium included, as root), then run in order the type
# check, lint (ESLint, Prettier --check), unit tests, build, browser tests and page-weight budget. Ends with one line,
# "N passed, N failed", counting unit and browser tests together; exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! bash scripts/setup.sh --browser; then
  echo "setup failed: nothing was tested"
  echo "0 passed, 1 failed"
  exit 1
fi
export PATH="$PWD/node_modules/.bin:$PATH"
mkdir -p test-results
rm -f test-results/unit-results.json test-results/e2e-results.json test-results/budget-results.json

declare -a failed_steps=()
run_step() {
  local name="$1"
  shift
  echo
  echo "━━ $name ━━"
  if ! "$@"; then
    failed_steps+=("$name")
    return 1
  fi
}

run_step "type check (astro check)" astro check
run_step "lint (ESLint)" eslint --max-warnings=0 .
run_step "formatting (Prettier --check)" prettier --check --log-level=warn .
run_step "unit tests (vitest)" vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit-results.json
if run_step "build (astro build)" astro build; then
  PLAYWRIGHT_JSON_OUTPUT_FILE=test-results/e2e-results.json run_step "browser tests (Playwright, Chromium)" playwright test --project=chromium
  PLAYWRIGHT_JSON_OUTPUT_FILE=test-results/budget-results.json run_step "page-weight budget" playwright test --project=page-weight
else
  echo "The build failed, so the browser tests and the page-weight budget did not run."
fi

echo
node scripts/test-summary.mjs "${failed_steps[@]}"
