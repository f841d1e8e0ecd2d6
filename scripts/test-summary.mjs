// Reads the JSON reports of vitest and Playwright and prints the closing line of `npm test`:
// "N passed, N failed" (unit and browser tests together, ", N skipped" when any were skipped).
// Steps that failed without counting tests (type check, build) each add one failure.
// Exits 1 when anything failed.
import { existsSync, readFileSync } from 'node:fs';

const failedSteps = process.argv.slice(2);
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];

const unit = read('test-results/unit-results.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
  lines.push(
    `unit tests: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed, ${unit.numPendingTests + unit.numTodoTests} skipped`,
  );
}
for (const [label, file] of [
  ['browser tests', 'test-results/e2e-results.json'],
  ['page-weight checks', 'test-results/budget-results.json'],
]) {
  const report = read(file);
  if (!report) continue;
  const s = report.stats;
  const bad = s.unexpected + s.flaky;
  passed += s.expected;
  failed += bad;
  skipped += s.skipped;
  lines.push(
    `${label}: ${s.expected} passed, ${bad} failed${s.flaky ? ` (${s.flaky} flaky)` : ''}, ${s.skipped} skipped`,
  );
}
// A step that failed without a failing test behind it (type errors, a broken build, a crashed
// runner) still counts as a failure, so the total can never read green.
const countedSteps = new Set(['unit tests (vitest)', 'browser tests (Playwright, Chromium)', 'page-weight budget']);
for (const step of failedSteps) {
  if (!countedSteps.has(step)) {
    failed += 1;
    lines.push(`${step}: failed`);
  }
}
if (failedSteps.includes('unit tests (vitest)') && (!unit || unit.numFailedTests === 0)) {
  failed += 1;
  lines.push('unit tests: the runner failed without a failing test');
}
for (const [step, file] of [
  ['browser tests (Playwright, Chromium)', 'test-results/e2e-results.json'],
  ['page-weight budget', 'test-results/budget-results.json'],
]) {
  const report = read(file);
  if (failedSteps.includes(step) && (!report || report.stats.unexpected + report.stats.flaky === 0)) {
    failed += 1;
    lines.push(`${step}: the runner failed without a failing test`);
  }
}

for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || failedSteps.length > 0 ? 1 : 0);
